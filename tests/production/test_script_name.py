"""A SCRIPT_NAME header forwarded by the local proxy changes nothing (gunicorn.conf.py)."""

import pytest


@pytest.mark.parametrize(
    ("target", "script_name", "status"),
    [
        ("/nl/nl/", "/nl", 404),  # would answer the home page under a path that is no page
        ("/nl/", "/elsewhere", 200),  # not a prefix of the path: gunicorn answered 500
    ],
)
def test_a_script_name_header_is_ignored(production_stack, target, script_name, status):
    for _ in range(2):  # a second answer would come from the cache
        response = production_stack.get(target, headers={"SCRIPT_NAME": script_name})
        assert response.status == status
