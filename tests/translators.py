"""Translator accounts and pages with known translation gaps, for the translators' tests."""

from django.contrib.auth.models import Group
from wagtail.models import Page

from cells.models import CellPage, ProjectPage

PASSWORD = "a-long-translator-password"


def make_translator(django_user_model, language, username=None):
    user = django_user_model.objects.create_user(
        username or f"translator-{language}", f"{language}@example.org", PASSWORD
    )
    user.groups.add(Group.objects.get(name=f"Translators {language.upper()}"))
    return user


def add_untranslated_project(number, *, missing=("intro_fr",), publish=True):
    """A project under the Cell, translated except for the fields in `missing`."""
    fields = {}
    for code in ("nl", "fr", "en"):
        fields[f"title_{code}"] = f"Project {number} {code}"
        fields[f"slug_{code}"] = f"gap-project-{number}-{code}"
        fields[f"intro_{code}"] = f"Intro of project {number} in {code}"
    for name in missing:
        fields[name] = ""
    project = ProjectPage(title=fields["title_nl"], slug=fields["slug_nl"], **fields)
    CellPage.objects.get().add_child(instance=project)
    if publish:
        project.save_revision().publish()
    return project


def add_bare_pages(count, start=0):
    """Fully translated pages, added without revisions: quick to make in bulk."""
    cell = CellPage.objects.get()
    for number in range(start, start + count):
        fields = {}
        for code in ("nl", "fr", "en"):
            fields[f"title_{code}"] = f"Bulk {number} {code}"
            fields[f"slug_{code}"] = f"bulk-{number}-{code}"
            fields[f"intro_{code}"] = f"Bulk intro {number} {code}"
        cell.add_child(
            instance=ProjectPage(title=fields["title_nl"], slug=fields["slug_nl"], **fields)
        )
        cell = CellPage.objects.get()
    return Page.objects.count()
