import io

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail.rich_text import RichText

from cells.models import CellPage
from objectives.models import ObjectivePage, Result
from partners.models import ContactPage, Expert, PartnerOrganisation
from tests.pages import SEEDED_URLS, visible_text

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "objectives": ObjectivePage.objects.count(),
        "results": Result.objects.count(),
        "partners": PartnerOrganisation.objects.count(),
        "experts": Expert.objects.count(),
    }


def load():
    out = io.StringIO()
    call_command("load_strategy", stdout=out)
    return out.getvalue()


def test_the_seed_builds_the_whole_strategy():
    assert counts() == {
        "pages": 12,  # root + home + cell + objectives index + 4 objectives + 4 more sections
        "objectives": 4,
        "results": 7,
        "partners": 8,
        "experts": 2,
    }


def test_running_the_loader_again_changes_nothing():
    before = counts()

    assert "0 objects created" in load()
    assert counts() == before


def test_the_loader_never_overwrites_an_editors_change(client):
    cell = CellPage.objects.get()
    cell.title_fr = "Cellule internationale (modifiée)"
    cell.save_revision().publish()

    load()

    cell.refresh_from_db()
    assert cell.title_fr == "Cellule internationale (modifiée)"
    assert "Cellule internationale (modifiée)" in visible_text(
        client.get(SEEDED_URLS["cell"]["fr"])
    )


def test_content_an_editor_deleted_stays_deleted():
    PartnerOrganisation.objects.filter(name_nl="hub.brussels").delete()
    before = counts()

    load()

    assert counts() == before
    assert not PartnerOrganisation.objects.filter(name_nl="hub.brussels").exists()


OWN_DOMAINS = {
    "urban.brussels": "https://urban.brussels",
    "visit.brussels": "https://visit.brussels",
    "hub.brussels": "https://hub.brussels",
}


def test_the_seed_gives_no_partner_a_description_and_only_own_named_domains_a_website():
    for partner in PartnerOrganisation.objects.all():
        for language in ("nl", "fr", "en"):
            assert getattr(partner, f"description_{language}") == ""
            assert getattr(partner, f"website_{language}") == OWN_DOMAINS.get(partner.name_nl, "")


def test_the_seed_links_no_result_to_an_objective():
    assert not Result.objectives.through.objects.exists()


def seed_as_an_earlier_version_did():
    """Put back the values the seed used to invent, as on a site seeded before the fix."""
    from strategy_site.seed.corrections import earlier_values

    earlier = earlier_values()
    by_key = {
        "visit-brussels": PartnerOrganisation.objects.get(name_nl="visit.brussels"),
        "flanders": PartnerOrganisation.objects.get(name_nl="Vlaanderen"),
    }
    for key, partner in by_key.items():
        for field, values in earlier["partners"][key].items():
            for language, value in values.items():
                setattr(partner, f"{field}_{language}", value)
        partner.save()
    page = Result.objects.first().page.specific
    results = list(page.results.all())
    objectives = {page.number: page for page in ObjectivePage.objects.all()}
    for result, entry in zip(results, earlier["results"], strict=True):
        result.objectives = [objectives[number] for number in entry["objectives"]]
        if "text_fr" in entry:
            result.text_fr = entry["text_fr"]
    page.results = results
    page.save_revision().publish()
    objective = objectives[1]
    objective.partner_links = [
        link for link in objective.partner_links.all() if link.partner.name_nl != (
            "Intergewestelijk Informatieforum Ruimtelijke Ordening"
        )
    ]
    objective.save_revision().publish()
    contact = ContactPage.objects.get()
    for field, values in earlier["pages"]["contact_page"].items():
        for language, value in values.items():
            setattr(contact, f"{field}_{language}", value)
    contact.save_revision().publish()
    for number, bodies in earlier["objective_bodies"].items():
        objective = ObjectivePage.objects.get(number=number)
        for language, body in bodies.items():
            setattr(objective, f"body_{language}", [("paragraph", RichText(body))])
        objective.save_revision().publish()
    return by_key


def test_a_rerun_takes_back_what_an_earlier_seed_invented(client):
    partners = seed_as_an_earlier_version_did()
    visit = PartnerOrganisation.objects.get(pk=partners["visit-brussels"].pk)
    assert "toerisme" in visit.description_nl
    assert "Objectifs :" in visible_text(client.get(SEEDED_URLS["results"]["fr"]))

    output = load()

    assert "values an earlier seed had invented" in output
    visit = PartnerOrganisation.objects.get(pk=partners["visit-brussels"].pk)
    flanders = PartnerOrganisation.objects.get(pk=partners["flanders"].pk)
    assert (visit.description_nl, visit.website_nl) == ("", "https://visit.brussels")
    assert (flanders.description_fr, flanders.website_en) == ("", "")
    assert not Result.objectives.through.objects.exists()
    results_fr = visible_text(client.get(SEEDED_URLS["results"]["fr"]))
    assert "Objectifs :" not in results_fr
    assert "ainsi que son rayonnement et sa promotion à l’international." in results_fr
    assert "Forum interrégional" in visible_text(client.get(SEEDED_URLS["objective-1"]["fr"]))
    assert "contact opnemen" not in visible_text(client.get(SEEDED_URLS["contact"]["nl"]))
    assert ContactPage.objects.get().intro_en == ""
    assert "0 objects created" in load()
    assert "values an earlier seed had invented" not in load()


def test_a_rerun_empties_the_objective_bodies_that_said_the_summary_again(client):
    seed_as_an_earlier_version_did()
    assert "perspective.brussels entend" in visible_text(
        client.get(SEEDED_URLS["objective-1"]["fr"])
    )
    edited = ObjectivePage.objects.get(number=2)
    edited.body_en = [("paragraph", RichText("<p>Written by the communications team.</p>"))]
    edited.save_revision().publish()

    load()

    for objective in ObjectivePage.objects.order_by("number"):
        for language in ("nl", "fr", "en"):
            body = getattr(objective, f"body_{language}")
            if (objective.number, language) == (2, "en"):
                assert body[0].value.source == "<p>Written by the communications team.</p>"
            else:
                assert len(body) == 0, (objective.number, language)
        assert not objective.has_unpublished_changes
    french = visible_text(client.get(SEEDED_URLS["objective-1"]["fr"]))
    assert "perspective.brussels entend" not in french
    assert "Développer la coopération avec la Flandre et la Wallonie" in french
    assert "values an earlier seed had invented" not in load()


def test_a_rerun_leaves_an_invented_value_an_editor_has_since_changed():
    partners = seed_as_an_earlier_version_did()
    visit = PartnerOrganisation.objects.get(pk=partners["visit-brussels"].pk)
    visit.description_en = "Checked by the communications team."
    visit.save()

    load()

    visit.refresh_from_db()
    assert visit.description_en == "Checked by the communications team."
    assert visit.description_nl == ""


def test_a_rerun_leaves_a_page_with_an_editors_draft_alone():
    seed_as_an_earlier_version_did()
    page = Result.objects.first().page.specific
    page.title_en = "Results (draft)"
    page.save_revision()

    load()

    assert Result.objects.filter(objectives__isnull=False).exists()
