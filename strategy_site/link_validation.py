"""The one rule for every link an editor, a translator or an import can store.

A link may only be an `http`, `https`, `mailto` or `tel` address: `javascript:`, `data:`,
`vbscript:` and every other scheme could run code or show forged content when a visitor
follows it. Quotes, angle brackets, back-ticks, whitespace and control characters never
belong in an address (they are percent-encoded in real ones) and are how an address
breaks out of the HTML attribute it is written into. The model URL fields, the URL blocks
and the translation importer all use `validate_link`, so the rule is enforced once.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

ALLOWED_LINK_SCHEMES = ("http", "https", "mailto", "tel")
_FORBIDDEN_CHARACTERS = re.compile(r"[\s\"'<>`\\\x00-\x1f\x7f]")


def is_allowed_link(value):
    """An http(s) address with a host, or a mailto:/tel: address with a target."""
    if _FORBIDDEN_CHARACTERS.search(value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return bool(parts.netloc)
    return scheme in ALLOWED_LINK_SCHEMES and bool(parts.path)


@deconstructible
class LinkValidator:
    message = _(
        "Enter an address that starts with http://, https://, mailto: or tel:, without "
        "spaces, quotes or angle brackets."
    )
    code = "invalid_link"

    def __call__(self, value):
        if value in (None, ""):
            return
        value = str(value)
        if not is_allowed_link(value):
            raise ValidationError(self.message, code=self.code, params={"value": value})

    def __eq__(self, other):
        return isinstance(other, LinkValidator)

    def __hash__(self):
        return hash(self.code)


validate_link = LinkValidator()
