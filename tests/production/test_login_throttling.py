"""Login throttling under gunicorn with the production settings, behind one proxy.

The proxy appends each client's address to X-Forwarded-For (PROXY_COUNT=1): failures from
one client lock that client, not the proxy, and the two workers agree on the lock.
"""

LOCKED_CLIENT = "198.51.100.20"
OTHER_CLIENT = "198.51.100.21"


def post_login(production_stack, username, password, client_address):
    # A client may send its own X-Forwarded-For; the proxy appends what it saw.
    answer, _csrf = production_stack.post_login(
        username, password, forwarded_for=f"192.0.2.1, {client_address}"
    )
    return answer


def test_one_forwarded_address_is_locked_out_and_another_still_logs_in(
    production_stack, production_editor
):
    for attempt in range(5):
        failed = post_login(
            production_stack, f"intruder-{attempt}", "wrong-password-1", LOCKED_CLIENT
        )
        assert failed.status in (200, 429), failed.status

    # Several answers in a row: whichever of the two workers answers, it knows the lock.
    for _ in range(6):
        locked = post_login(
            production_stack, production_editor.username, production_editor.password, LOCKED_CLIENT
        )
        assert locked.status == 429, locked.text[:300]
        assert "Te veel aanmeldpogingen" in locked.text  # Dutch, the default language

    other = post_login(
        production_stack, production_editor.username, production_editor.password, OTHER_CLIENT
    )
    assert other.status == 302, other.text[:300]
    assert other.headers["Location"] == "/admin/"
