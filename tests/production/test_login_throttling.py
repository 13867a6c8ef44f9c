"""Login throttling under gunicorn with the production settings, behind one proxy.

The proxy appends each client's address to X-Forwarded-For (PROXY_COUNT=1): failures from
one client lock that client, not the proxy, and the two workers agree on the lock.
"""

import re
import urllib.parse
from http.cookies import SimpleCookie

from .stack import HOST

LOCKED_CLIENT = "198.51.100.20"
OTHER_CLIENT = "198.51.100.21"


def post_login(production_stack, username, password, client_address):
    login_page = production_stack.get("/admin/login/")
    csrf_cookie = SimpleCookie(login_page.headers["Set-Cookie"])["csrftoken"].value
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page.text).group(1)
    body = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": token}
    )
    return production_stack.get(
        "/admin/login/",
        method="POST",
        headers={
            "Cookie": f"csrftoken={csrf_cookie}",
            "Referer": f"https://{HOST}/admin/login/",
            "Origin": f"https://{HOST}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": str(len(body)),
            # A client may send its own X-Forwarded-For; the proxy appends what it saw.
            "X-Forwarded-For": f"192.0.2.1, {client_address}",
        },
        body=body,
    )


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
