"""Which objective leads to which result is an editor's call: the seed links none."""

import pytest

from objectives.models import ObjectivePage, ResultsPage
from tests.admin_forms import edit_post_data
from tests.pages import LANGUAGES, SEEDED_URLS, visible_text

pytestmark = pytest.mark.django_db

OBJECTIVE_1_LINK_TEXT = {"nl": "Doelstelling 1", "fr": "Objectif 1", "en": "Objective 1"}
# visible_text() turns the non-breaking space of French typography into a plain one.
OBJECTIVES_LABEL = {"nl": "Doelstellingen:", "fr": "Objectifs :", "en": "Objectives:"}
RESULTS_HEADING = {
    "nl": "Resultaten waartoe deze doelstelling bijdraagt",
    "fr": "Résultats auxquels cet objectif contribue",
    "en": "Results this objective serves",
}


def test_an_editor_links_a_result_to_an_objective_and_it_shows_in_every_language(
    client, admin_client, superuser
):
    for language in LANGUAGES:
        assert OBJECTIVES_LABEL[language] not in visible_text(
            client.get(SEEDED_URLS["results"][language])
        )
        assert RESULTS_HEADING[language] not in visible_text(
            client.get(SEEDED_URLS["objective-1"][language])
        )

    results_page = ResultsPage.objects.get()
    objective = ObjectivePage.objects.get(number=1)
    data = edit_post_data(results_page, superuser)
    data["results-0-objectives"] = [str(objective.pk)]
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/{results_page.pk}/edit/", data)
    assert response.status_code == 302, response.context and response.context["form"].errors

    first_result = results_page.results.first()
    for language in LANGUAGES:
        results_text = visible_text(client.get(SEEDED_URLS["results"][language]))
        assert f"{OBJECTIVES_LABEL[language]} {OBJECTIVE_1_LINK_TEXT[language]}" in results_text
        objective_text = visible_text(client.get(SEEDED_URLS["objective-1"][language]))
        assert RESULTS_HEADING[language] in objective_text
        assert getattr(first_result, f"text_{language}") in objective_text
