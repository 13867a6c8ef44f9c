import pytest
from django.utils import translation
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, Site

from cells.models import CellPage, Network
from objectives.models import ObjectivePage
from partners.models import Expert, PartnerOrganisation
from strategy_site.models import SiteSettings
from tests.admin_forms import edit_post_data
from tests.factories import NetworkFactory, add_project
from tests.pages import plain, visible_text

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    "objectives.StrategyPage",
    "objectives.ObjectiveIndexPage",
    "objectives.ObjectivePage",
    "objectives.ResultsPage",
    "objectives.AccessibilityStatementPage",
    "cells.CellPage",
    "cells.ProjectPage",
    "partners.PartnerIndexPage",
    "partners.ContactPage",
]


def page_of_type(dotted):
    if dotted == "cells.ProjectPage":
        return add_project(CellPage.objects.get(), 99)
    app_label, model_name = dotted.split(".")
    return (
        Page.objects.filter(
            content_type__app_label=app_label, content_type__model=model_name.lower()
        )
        .first()
        .specific
    )


def french_url(page):
    with translation.override("fr"):
        return page.get_url()


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_superuser_saves_a_french_draft_then_publishes_it(admin_client, superuser, page_type):
    page = page_of_type(page_type)
    edit_url = f"/admin/pages/{page.pk}/edit/"
    assert admin_client.get(edit_url).status_code == 200
    old_title = page.title_fr
    new_title = f"{old_title} (version révisée)"

    draft = admin_client.post(edit_url, edit_post_data(page, superuser, title_fr=new_title))
    assert draft.status_code == 302, draft.context and draft.context["form"].errors
    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert plain(new_title) not in visible_text(admin_client.get(french_url(page)))
    # The public page still shows the published title to an anonymous visitor.
    admin_client.logout()
    assert plain(old_title) in visible_text(admin_client.get(french_url(page)))
    admin_client.force_login(superuser)

    page = page.specific_class.objects.get(pk=page.pk)
    published = admin_client.post(
        edit_url,
        edit_post_data(page, superuser, title_fr=new_title, **{"action-publish": "publish"}),
    )
    assert published.status_code == 302
    admin_client.logout()
    assert plain(new_title) in visible_text(admin_client.get(french_url(page)))


def snippet_cases():
    return [
        (PartnerOrganisation, "description_fr", "contact"),
        (Expert, "role_fr", "contact"),
        (Network, "description_fr", "cell"),
    ]


@pytest.mark.parametrize(("model", "field", "_page"), snippet_cases())
def test_superuser_edits_every_snippet_type_in_french(admin_client, superuser, model, field, _page):
    instance = model.objects.first() or NetworkFactory()
    edit_url = AdminURLFinder(superuser).get_edit_url(instance)
    assert admin_client.get(edit_url).status_code == 200

    response = admin_client.post(
        edit_url, edit_post_data(instance, superuser, **{field: "Texte révisé en français"})
    )

    assert response.status_code == 302
    instance.refresh_from_db()
    assert getattr(instance, field) == "Texte révisé en français"


def test_a_changed_expert_role_shows_on_the_french_contact_page(admin_client, superuser):
    expert = Expert.objects.get(last_name="Corbalan")
    url = AdminURLFinder(superuser).get_edit_url(expert)
    admin_client.post(url, edit_post_data(expert, superuser, role_fr="Chef de projet européen"))
    admin_client.logout()

    assert "Chef de projet européen" in visible_text(admin_client.get("/fr/contact/"))


def test_superuser_edits_the_translated_site_settings(admin_client, superuser):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    url = f"/admin/settings/strategy_site/sitesettings/{site.pk}/"
    assert admin_client.get(url).status_code == 200

    response = admin_client.post(
        url, edit_post_data(settings, superuser, address_fr="Rue de Namur 59\n1000 Bruxelles")
    )

    assert response.status_code == 302
    admin_client.logout()
    assert "1000 Bruxelles" in admin_client.get("/fr/").content.decode()


def test_objective_edit_form_offers_a_partner_chooser(admin_client):
    objective = ObjectivePage.objects.first()
    document = admin_client.get(f"/admin/pages/{objective.pk}/edit/").content.decode()

    assert "partner_links" in document
    assert "/admin/snippets/choose/partners/partnerorganisation/" in document
