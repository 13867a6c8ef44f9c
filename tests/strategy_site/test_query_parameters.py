"""Any value of the search and pagination parameters gets an answer, never a server error.

The search pages read ?q= and ?page=; the Cell and partners pages read ?page=.
"""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PAGES_WITH_PARAMETERS = [
    "/nl/",
    "/fr/partenaires/",
    "/en/objectives/",
    "/fr/cellule/",
    "/fr/recherche/",
    "/nl/zoeken/",
]

parameter_values = st.one_of(
    st.text(max_size=300),
    st.integers().map(str),
    st.sampled_from(["", "-1", "0", "1e9", "NaN", "%00", "\x00", "' OR 1=1 --", "<script>"]),
)


@pytest.mark.django_db
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    path=st.sampled_from(PAGES_WITH_PARAMETERS),
    q=parameter_values,
    page=parameter_values,
)
def test_search_and_page_parameters_never_cause_a_server_error(path, q, page):
    response = Client(raise_request_exception=False).get(path, {"q": q, "page": page})

    assert response.status_code in (200, 400, 404)
    assert b"<script>" not in response.content
