"""The seed file: checked against the models, reported by file and line, all or nothing."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import PageLogEntry, Revision

from partners.models import Expert, PartnerOrganisation
from strategy_site.seed.seed_file import SEED_FILE

pytestmark = pytest.mark.django_db

SEED_TEXT = SEED_FILE.read_text(encoding="utf-8")

NEW_PARTNER = """  - key: test-partner
    name:
      nl: Testpartner
      fr: Partenaire de test
      en: Test partner
    acronym: ''
    level: european
"""


def line_of(text, fragment, after=""):
    start = text.index(after) if after else 0
    return text[: text.index(fragment, start)].count("\n") + 1


def with_new_partner(text):
    return text.replace("\n# The contact page.", NEW_PARTNER + "\n# The contact page.", 1)


def load(path):
    out = io.StringIO()
    call_command("load_strategy", file=str(path), stdout=out)
    return out.getvalue()


def refused(tmp_path, text):
    path = tmp_path / "strategy.yaml"
    path.write_text(text, encoding="utf-8")
    partners = PartnerOrganisation.objects.count()
    with pytest.raises(CommandError) as error:
        load(path)
    assert PartnerOrganisation.objects.count() == partners, "nothing may be written"
    return str(error.value), path


def test_the_real_seed_file_loads_and_a_second_run_changes_nothing():
    revisions = Revision.objects.count()
    logs = PageLogEntry.objects.count()

    assert "0 objects created" in load(SEED_FILE)
    assert "0 objects created" in load(SEED_FILE)
    assert (Revision.objects.count(), PageLogEntry.objects.count()) == (revisions, logs)


def test_an_entry_added_to_the_file_is_created_once(tmp_path):
    path = tmp_path / "strategy.yaml"
    path.write_text(with_new_partner(SEED_TEXT), encoding="utf-8")

    assert "1 objects created" in load(path)
    assert "0 objects created" in load(path)
    partner = PartnerOrganisation.objects.get(name_nl="Testpartner")
    assert (partner.name_fr, partner.name_en) == ("Partenaire de test", "Test partner")


def test_a_missing_language_is_reported_with_file_and_line_and_nothing_is_written(tmp_path):
    # A valid new partner first, so that a partial load would show.
    text = with_new_partner(SEED_TEXT).replace(
        "      en: Policy officer for European and international affairs\n", "", 1
    )
    message, path = refused(tmp_path, text)

    line = line_of(text, "role:", after="key: sandrine-de-meyer") + 1
    assert f"{path}:{line}: 'experts[1].role' lacks its 'en' text" in message
    assert "nothing was written" in message
    assert not PartnerOrganisation.objects.filter(name_nl="Testpartner").exists()


def test_an_unknown_key_is_reported_with_file_and_line(tmp_path):
    text = with_new_partner(SEED_TEXT).replace(
        "  - key: alfredo-corbalan\n",
        "  - key: alfredo-corbalan\n    emial: a@example.org\n",
        1,
    )
    message, path = refused(tmp_path, text)

    line = line_of(text, "emial:")
    assert f"{path}:{line}: unknown key 'emial' in 'experts[0]'" in message
    assert Expert.objects.count() == 2


def test_a_value_the_model_refuses_is_reported_with_file_and_line(tmp_path):
    text = with_new_partner(SEED_TEXT).replace("level: european", "level: galactic", 1)
    message, path = refused(tmp_path, text)

    assert f"{path}:{line_of(text, 'level: galactic')}: 'partners[" in message
    assert "galactic" in message


def test_a_file_that_is_not_valid_yaml_gives_a_clear_error(tmp_path):
    text = with_new_partner(SEED_TEXT).replace("experts:\n", "experts:\n  - key: [unclosed\n", 1)
    message, path = refused(tmp_path, text)

    assert f"{path}:" in message
    assert "not valid YAML" in message
