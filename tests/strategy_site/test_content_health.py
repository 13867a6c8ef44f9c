"""Content health: each rule flags what it should, the fix clears it, the report links there."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Page, Site

from objectives.models import AccessibilityStatementPage, ObjectivePage, ResultsPage
from partners.models import Expert, PartnerOrganisation
from strategy_site.editorial import content_health
from strategy_site.models import SiteSettings
from tests.factories import ExpertFactory, PartnerOrganisationFactory, image_with_alt_text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_admin():
    """The rules' labels in English, as an editor with an English admin reads them."""
    with translation.override("en"):
        yield


def labels(rule):
    return [finding.label for finding in rule.findings]


def site_settings():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def statement():
    return AccessibilityStatementPage.objects.get()


def test_the_contact_rule_flags_a_site_nobody_can_be_reached_through():
    assert len(content_health.contact_rule().findings) == 1

    settings = site_settings()
    settings.contact_email = "info@example.org"
    settings.save()

    assert content_health.contact_rule().findings == []


def test_the_contact_rule_is_satisfied_by_one_reachable_expert_on_the_contact_page():
    Expert.objects.filter(last_name="De Meyer").update(phone="+32 2 000 00 01")

    assert content_health.contact_rule().findings == []


def test_experts_without_contact_are_listed_until_they_get_an_address():
    assert labels(content_health.unreachable_experts_rule()) == [
        "Alfredo Corbalan",
        "Sandrine De Meyer",
    ]

    Expert.objects.filter(last_name="Corbalan").update(email="a.corbalan@example.org")

    assert labels(content_health.unreachable_experts_rule()) == ["Sandrine De Meyer"]


def test_an_image_without_alt_text_is_flagged_per_missing_language():
    image = image_with_alt_text("Skyline", nl="De skyline van Brussel")

    rule = content_health.images_without_alt_text_rule()
    assert [(f.label, f.languages) for f in rule.findings] == [("Skyline", ("fr", "en"))]
    assert rule.counts == {"nl": 0, "fr": 1, "en": 1}

    image.description_fr = "La ligne d’horizon de Bruxelles"
    image.description_en = "The Brussels skyline"
    image.save()

    assert content_health.images_without_alt_text_rule().findings == []


def test_a_page_without_a_search_description_in_a_language_is_flagged():
    assert content_health.pages_without_search_description_rule().findings == []
    objective = ObjectivePage.objects.get(number=2)
    seeded = objective.search_description_fr
    Page.objects.filter(pk=objective.pk).update(search_description_fr="")

    rule = content_health.pages_without_search_description_rule()
    assert [(f.edit_url, f.languages) for f in rule.findings] == [
        (f"/admin/pages/{objective.pk}/edit/", ("fr",))
    ]

    Page.objects.filter(pk=objective.pk).update(search_description_fr=seeded)

    assert content_health.pages_without_search_description_rule().findings == []


def test_unlinked_results_are_flagged_only_once_the_site_links_results():
    assert content_health.unlinked_results_rule().findings == []

    page = ResultsPage.objects.get()
    results = list(page.results.all())
    objective = ObjectivePage.objects.get(number=1)
    results[0].objectives.set([objective])
    results[0].save()

    assert len(content_health.unlinked_results_rule().findings) == len(results) - 1

    for result in results[1:]:
        result.objectives.set([objective])
        result.save()

    assert content_health.unlinked_results_rule().findings == []


def test_partners_without_a_website_are_flagged_until_one_is_given():
    rule = content_health.partners_without_website_rule()
    assert "Flanders" in labels(rule)
    assert "visit.brussels" not in labels(rule)  # its own domain, named in the source

    PartnerOrganisation.objects.filter(name_nl="Vlaanderen").update(
        website_nl="https://flanders.example.org",
        website_fr="https://flanders.example.org",
        website_en="https://flanders.example.org",
    )

    assert "Flanders" not in labels(content_health.partners_without_website_rule())


def test_a_statement_reviewed_over_a_year_ago_is_flagged_until_reviewed():
    review = "Review date over a year old"
    page = statement()
    assert review not in labels(content_health.accessibility_statement_rule())

    page.reviewed_on = timezone.localdate() - datetime.timedelta(days=400)
    page.save_revision().publish()
    assert review in labels(content_health.accessibility_statement_rule())

    page.reviewed_on = timezone.localdate()
    page.save_revision().publish()
    assert review not in labels(content_health.accessibility_statement_rule())


def test_the_statements_missing_feedback_channel_and_enforcement_body_are_flagged():
    rule = content_health.accessibility_statement_rule()
    assert "No feedback channel" in labels(rule)
    assert [f.languages for f in rule.findings if f.label == "No enforcement body"] == [
        ("nl", "fr", "en")
    ]

    page = statement()
    page.feedback_email = "toegankelijkheid@example.org"
    for code in ("nl", "fr", "en"):
        setattr(page, f"enforcement_body_{code}", f"Body ({code})")
    page.save_revision().publish()

    assert content_health.accessibility_statement_rule().findings == []


def report(admin_client):
    return admin_client.get("/admin/content-health/", HTTP_ACCEPT_LANGUAGE="en")


def test_the_report_links_each_finding_to_the_form_that_fixes_it(admin_client):
    corbalan = Expert.objects.get(last_name="Corbalan")
    response = report(admin_client)
    document = response.content.decode()

    assert response.status_code == 200
    assert f'href="/admin/snippets/partners/expert/edit/{corbalan.pk}/"' in document
    assert f'href="/admin/pages/{statement().pk}/edit/"' in document
    assert "Experts without any contact" in document
    assert '"url": "/admin/content-health/"' in document  # in the admin menu


def test_the_dashboard_panel_counts_findings_per_language(admin_client):
    image_with_alt_text("Skyline", nl="De skyline van Brussel", fr="La ligne d’horizon")

    document = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    panel = document.split('id="content-health-section"', 1)[1].split("</table>", 1)[0]
    row = panel.split('data-rule="alt-text"', 1)[1].split("</tr>", 1)[0]

    assert [cell.split("<", 1)[0] for cell in row.split("<td>")[1:]] == ["0", "0", "1"]
    assert 'href="/admin/content-health/"' in panel


def test_the_report_runs_the_same_number_of_queries_as_content_grows(admin_client):
    report(admin_client)  # warm the per-process caches (content types, site)
    with CaptureQueriesContext(connection) as before:
        assert report(admin_client).status_code == 200

    for number in range(5):
        image_with_alt_text(f"Image {number}", nl="Alleen Nederlands")
        ExpertFactory()
        PartnerOrganisationFactory()
    with CaptureQueriesContext(connection) as after:
        document = report(admin_client).content.decode()

    assert "Image 4" in document
    assert "Expert4 Tester" in document
    assert len(after.captured_queries) == len(before.captured_queries)
