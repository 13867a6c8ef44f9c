import pytest
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.users.models import UserProfile

from objectives.models import ObjectivePage
from partners.models import PartnerOrganisation
from tests.admin_forms import edit_post_data
from tests.translators import make_translator

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_translator(django_user_model):
    return make_translator(django_user_model, "fr")


def objective():
    return ObjectivePage.objects.order_by("path").first()


def test_french_translator_saves_a_french_draft(client, french_translator):
    page = objective()
    client.force_login(french_translator)

    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_post_data(page, french_translator, summary_fr="Résumé revu par la traductrice."),
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().summary_fr == "Résumé revu par la traductrice."
    assert page.summary_fr != "Résumé revu par la traductrice."  # a draft, not published


def test_french_translator_posting_title_en_is_refused_and_nothing_is_saved(
    client, french_translator
):
    page = objective()
    revision_before = page.latest_revision_id
    # The message is read in the admin language the translator chose: English here.
    profile = UserProfile.get_for_user(french_translator)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(french_translator)

    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_post_data(
            page, french_translator, title_en="Hijacked title", summary_fr="Résumé modifié."
        ),
    )

    assert response.status_code == 200
    document = response.content.decode()
    assert "You may only change the text in French." in document
    assert "This change to the text in English was refused and nothing was saved." in document
    page.refresh_from_db()
    assert page.latest_revision_id == revision_before
    assert page.title_en != "Hijacked title"


def test_french_translator_cannot_change_a_dutch_snippet_field(client, french_translator):
    partner = PartnerOrganisation.objects.first()
    client.force_login(french_translator)
    url = AdminURLFinder(french_translator).get_edit_url(partner)

    response = client.post(url, edit_post_data(partner, french_translator, name_nl="Andere naam"))

    assert response.status_code == 200
    partner.refresh_from_db()
    assert partner.name_nl != "Andere naam"


def test_french_translator_can_change_a_french_snippet_field(client, french_translator):
    partner = PartnerOrganisation.objects.first()
    client.force_login(french_translator)
    url = AdminURLFinder(french_translator).get_edit_url(partner)

    response = client.post(url, edit_post_data(partner, french_translator, name_fr="Nom revu"))

    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.name_fr == "Nom revu"


def test_translator_cannot_publish(client, french_translator):
    page = objective()
    client.force_login(french_translator)

    client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_post_data(
            page, french_translator, summary_fr="Publié ?", **{"action-publish": "publish"}
        ),
    )

    page.refresh_from_db()
    assert page.summary_fr != "Publié ?"


def test_copy_from_source_fills_an_empty_french_field_as_a_draft(client, french_translator):
    from tests.translators import add_untranslated_project

    project = add_untranslated_project(7, missing=("intro_fr",))
    client.force_login(french_translator)

    response = client.post(
        "/admin/translation-status/copy-source/",
        {
            "item": f"cells.projectpage:{project.pk}",
            "unit": f"cells.projectpage:{project.pk}:intro",
            "language": "fr",
        },
    )

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.get_latest_revision_as_object().intro_fr == project.intro_nl
    assert project.intro_fr == ""


def test_french_translator_cannot_copy_into_english(client, french_translator):
    from tests.translators import add_untranslated_project

    project = add_untranslated_project(8, missing=("intro_en",))
    client.force_login(french_translator)

    client.post(
        "/admin/translation-status/copy-source/",
        {
            "item": f"cells.projectpage:{project.pk}",
            "unit": f"cells.projectpage:{project.pk}:intro",
            "language": "en",
        },
    )

    project.refresh_from_db()
    assert project.get_latest_revision_as_object().intro_en == ""


def reading_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def refused_page_edit(client, translator, page, **changes):
    revision_before = page.latest_revision_id
    reading_english(translator)
    client.force_login(translator)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", edit_post_data(page, translator, **changes)
    )
    page.refresh_from_db()
    assert response.status_code == 200
    assert page.latest_revision_id == revision_before
    return response.content.decode()


def test_french_translator_cannot_change_what_all_languages_share(client, french_translator):
    page = objective()
    number = page.number

    document = refused_page_edit(
        client, french_translator, page, number=str(number + 10), summary_fr="Résumé modifié."
    )

    assert "is the same in every language: only editors may change it" in document
    assert page.get_latest_revision_as_object().number == number


def test_french_translator_cannot_remove_a_partner_from_an_objective(client, french_translator):
    page = objective()
    links_before = page.partner_links.count()
    assert links_before > 0

    document = refused_page_edit(client, french_translator, page, **{"partner_links-0-DELETE": "1"})

    assert "Only editors may add or remove" in document
    assert page.get_latest_revision_as_object().partner_links.count() == links_before


def test_french_translator_cannot_change_a_partners_level(client, french_translator):
    partner = PartnerOrganisation.objects.first()
    reading_english(french_translator)
    other_level = next(
        code for code, _label in partner._meta.get_field("level").choices if code != partner.level
    )
    client.force_login(french_translator)
    url = AdminURLFinder(french_translator).get_edit_url(partner)

    response = client.post(url, edit_post_data(partner, french_translator, level=other_level))

    assert response.status_code == 200
    assert "only editors may change it" in response.content.decode()
    partner.refresh_from_db()
    assert partner.level != other_level
