"""`import_translations` answers in English, or in the language `--locale` names."""

import io

import polib
import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

pytestmark = pytest.mark.django_db


def file_with_an_unknown_identifier(tmp_path):
    path = tmp_path / "export.po"
    call_command(
        "export_translations", "--language", "fr", "--output", str(path), stderr=io.StringIO()
    )
    po = polib.pofile(str(path))
    po[0].msgctxt = "objectives.objectivepage:999999:summary"
    po.save(str(path))
    return path


def run(path, *extra):
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_translations", str(path), "--language", "fr", *extra, stdout=out)
    return out.getvalue()


def test_the_command_answers_in_english_in_a_dutch_speaking_process(tmp_path):
    path = file_with_an_unknown_identifier(tmp_path)

    with translation.override("nl"):  # the site's default language
        output = run(path)

    assert "Unknown identifier." in output
    assert "Onbekende identificatiecode" not in output


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("fr", "Identifiant inconnu."), ("nl", "Onbekende identificatiecode.")],
)
def test_locale_chooses_the_language_of_the_answer(tmp_path, locale, expected):
    path = file_with_an_unknown_identifier(tmp_path)

    assert expected in run(path, "--locale", locale)
