"""End to end in Chromium: an Editor writes a trilingual objective with an image and submits
it; a Moderator approves it; a visitor reads it at its French URL."""

import os
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation import gettext

from objectives.models import ObjectiveIndexPage, ObjectivePage
from tests.factories import USER_PASSWORD, image_with_alt_text, member_of

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run
# in such a thread unless told it is safe (the loop is Playwright's, the ORM calls are ours).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


TEXT = {
    "nl": {"title": "Samenwerking met Rijsel", "slug": "samenwerking-met-rijsel"},
    "fr": {"title": "Coopération avec Lille", "slug": "cooperation-avec-lille"},
    "en": {"title": "Cooperation with Lille", "slug": "cooperation-with-lille"},
}


def log_in(browser, base_url, username, locale):
    """A fresh browser session (admin language from `locale`), logged in to the admin."""
    context = browser.new_context(locale=locale)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", USER_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def fill_objective(page):
    for code in ("fr", "en"):
        page.click(f"button.locale-toggle:text-is('{code}')")
    for code, text in TEXT.items():
        page.fill(f"#id_title_{code}", text["title"])
        page.fill(f"#id_summary_{code}", f"{text['title']}: summary ({code}).")
    page.fill("#id_number", "5")

    # An image with caption in the French body, chosen from the image library.
    body_fr = page.locator("[data-contentpath='body_fr']")
    body_fr.locator("button[title], button.c-sf-add-button").first.click()
    # The block menu speaks the editor's admin language (Dutch here).
    with translation.override("nl"):
        image_block = gettext("Image with caption")
    page.get_by_role("option", name=re.compile(re.escape(image_block))).click()
    body_fr.locator(".unchosen [data-chooser-action-choose]").first.click()
    page.locator("a.image-choice[title*='Grand-Place']").click()
    body_fr.locator("input[name$='-value-caption']").fill("La Grand-Place au matin")

    # The slugs are on the second tab (its name follows the admin language).
    tabs = page.locator("[role='tablist'] [role='tab']")
    tabs.nth(1).click()
    for code, text in TEXT.items():
        page.fill(f"#id_slug_{code}", text["slug"])
    tabs.nth(0).click()


@pytest.fixture
def committed_db(django_db_setup, django_db_blocker):
    """The seeded database, in autocommit mode so the site server sees every change.

    Not `django_db(transaction=True)`: its flush would empty the seeded tree that the rest
    of the session shares; nor pytest-django's `django_user_model`, which requests `db` and
    so holds the test in a transaction that locks SQLite for the server's threads. What this
    test creates is deleted again afterwards.
    """
    with django_db_blocker.unblock():
        image = image_with_alt_text(
            "Grand-Place",
            nl="De Grote Markt in de ochtend",
            fr="La Grand-Place le matin",
            en="The Grand-Place in the morning",
        )
        users = [
            member_of(get_user_model(), "Editors", "editor"),
            member_of(get_user_model(), "Moderators", "moderator"),
        ]
        yield
        ObjectivePage.objects.filter(slug_nl=TEXT["nl"]["slug"]).delete()
        image.delete()
        for user in users:
            user.delete()


@pytest.mark.browser
def test_editor_writes_in_three_languages_submits_moderator_approves_visitor_reads(
    chromium, site_server, committed_db
):
    index = ObjectiveIndexPage.objects.get()

    # 1. The Editor, whose admin is in Dutch, creates the objective in three languages.
    editor = log_in(chromium, site_server.url, "editor", "nl-BE")
    editor.goto(f"{site_server.url}/admin/pages/add/objectives/objectivepage/{index.pk}/")
    fill_objective(editor)

    # 2. They submit it for moderation. (Previews in each language are tested through the
    # test client in tests/strategy_site/test_language_preview.py.)
    submit = editor.locator("button[name='action-submit']")
    if not submit.is_visible():
        editor.locator("footer [data-w-dropdown-target='toggle']").first.click()
    submit.click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/"))
    objective = ObjectivePage.objects.get(slug_nl=TEXT["nl"]["slug"])
    assert not objective.live

    # 3. A Moderator (admin in French) finds it on their dashboard and approves it.
    moderator = log_in(chromium, site_server.url, "moderator", "fr-BE")
    moderator.locator(f"a[href='/admin/pages/{objective.pk}/edit/']").first.click()
    approve = moderator.locator("button[data-workflow-action-name='approve']").first
    if not approve.is_visible():
        moderator.locator("footer [data-w-dropdown-target='toggle']").first.click()
    approve.click()
    moderator.wait_for_url(re.compile(r"/admin/(pages/\d+/)?$"))
    objective.refresh_from_db()
    assert objective.live

    # 4. A visitor reads it at its French URL.
    visitor = chromium.new_page()
    response = visitor.goto(f"{site_server.url}/fr/objectifs/{TEXT['fr']['slug']}/")
    assert response.status == 200
    # The heading reads "Objectif 5 : <title>"; the title is its own element.
    assert visitor.locator("h1 > span:last-child").inner_text() == TEXT["fr"]["title"]
    assert visitor.locator("html").get_attribute("lang") == "fr"
    assert visitor.locator("figure img[alt='La Grand-Place le matin']").count() == 1
    assert visitor.locator("figcaption").inner_text() == "La Grand-Place au matin"
