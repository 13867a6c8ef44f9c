"""Admin login throttling (django-axes): who is counted, and when they are locked out.

The client's address is the `PROXY_COUNT`-th entry of `X-Forwarded-For`, counted from the
right: each trusted proxy appends the address it received the request from, so entries
further left were written by the client and prove nothing. Without a proxy
(`PROXY_COUNT=0`) the address is the connection's.

Failures lock one address after `LOGIN_FAILURES_PER_ADDRESS`, and one account, from
whatever addresses, only after `AXES_FAILURE_LIMIT` (higher): a stranger who knows an
editor's user name cannot lock that editor out with a handful of tries.
"""

import contextlib
import ipaddress

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.db.models import Sum


def client_ip_address(request):
    """The address the outermost trusted proxy saw, or the connection's without a proxy."""
    proxy_count = settings.PROXY_COUNT
    if proxy_count:
        entries = [
            entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        if len(entries) >= proxy_count:
            # A malformed entry falls back to the connection's address.
            with contextlib.suppress(ValueError):
                return str(ipaddress.ip_address(entries[-proxy_count]))
    return request.META.get("REMOTE_ADDR")


def failures_from_address(request):
    recent = AccessAttempt.objects.filter(
        ip_address=request.axes_ip_address,
        attempt_time__gte=get_cool_off_threshold(request),
    )
    return recent.aggregate(total=Sum("failures_since_start"))["total"] or 0


class AddressAndAccountHandler(AxesDatabaseHandler):
    """Axes' database handler, with a lower limit for one address than for one account.

    Axes itself locks when the address or the account reaches `AXES_FAILURE_LIMIT`
    (`AXES_LOCKOUT_PARAMETERS`); this adds the lower per-address limit.
    """

    def is_locked(self, request, credentials=None):
        if super().is_locked(request, credentials):
            return True
        return (
            settings.AXES_LOCK_OUT_AT_FAILURE
            and failures_from_address(request) >= settings.LOGIN_FAILURES_PER_ADDRESS
        )

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is None or getattr(request, "axes_locked_out", False):
            return
        if self.is_whitelisted(request, credentials) or not self.is_locked(request, credentials):
            return
        request.axes_locked_out = True
        request.axes_credentials = credentials
        user_locked_out.send(
            "axes",
            request=request,
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        )
