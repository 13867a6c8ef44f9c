"""A French translator closes a gap from the translation status view, in a real Chromium.

Wagtail's admin needs JavaScript, so this runs with it on. The server is pytest-django's
`LiveServer` of the session (conftest.py); the translator and the page are committed
outside any test transaction (so the server thread sees them on PostgreSQL too) and removed
afterwards, so the session's seeded tree is left as it was.
"""

import os
import re

import pytest

from tests.translators import PASSWORD, add_untranslated_project, make_translator

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="module")
def translator_and_gap(django_db_setup, django_db_blocker):
    """A French translator and a published project whose French introduction is missing."""
    from django.contrib.auth import get_user_model

    from strategy_site.translation_status.models import TranslationRecord

    # Module-scoped, so committed before the test's own transaction (`db`) begins: the
    # server thread has its own connection on PostgreSQL and sees only committed rows.
    with django_db_blocker.unblock():
        translator = make_translator(get_user_model(), "fr", username="browser-translator-fr")
        project = add_untranslated_project(900, missing=("intro_fr",))
    yield translator, project
    with django_db_blocker.unblock():
        TranslationRecord.objects.filter(object_id=str(project.pk)).delete()
        project.delete()
        translator.delete()


def french_percentage(page):
    text = page.locator('.translation-progress [data-progress-language="fr"] [data-percentage]')
    return int(text.inner_text().rstrip("%"))


@pytest.mark.browser
def test_french_translator_fills_a_missing_field_and_sees_the_percentage_rise(
    site_server, translator_and_gap, db, chromium
):
    translator, project = translator_and_gap
    browser = chromium
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{site_server.url}/admin/login/")
    page.fill("#id_username", translator.username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name=re.compile("sign in", re.I)).click()
    page.wait_for_url(f"{site_server.url}/admin/")

    page.get_by_role("button", name="Translations").click()  # the admin menu's group
    page.get_by_role("link", name="Translation status").first.click()
    page.wait_for_url(re.compile(r"/admin/translation-status/"))
    before = french_percentage(page)

    row = page.locator(f'tr[data-item="cells.projectpage:{project.pk}"]')
    row.locator('td[data-language="fr"] a.translation-missing-link').click()
    page.wait_for_url(re.compile(rf"/admin/pages/{project.pk}/edit/"))
    page.fill("#id_intro_fr", "Introduction du projet, traduite dans le navigateur.")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{project.pk}/edit/"))

    page.goto(f"{site_server.url}/admin/translation-status/")
    after = french_percentage(page)
    french_cell = page.locator(
        f'tr[data-item="cells.projectpage:{project.pk}"] td[data-language="fr"]'
    )

    assert after > before
    assert french_cell.get_attribute("data-status") == "complete"
    context.close()
