import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from cells.models import CellPage
from objectives.models import ObjectivePage, Result
from partners.models import Expert, PartnerOrganisation
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
