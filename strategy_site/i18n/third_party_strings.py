"""Strings of installed packages that ship no Dutch, French or English catalogue.

`makemessages` reads only this project's code, so they are listed here to be extracted into
`locale/*/django.po`; the packages translate them with `gettext`, which finds them there.
"""

from django.utils.translation import gettext_noop

THIRD_PARTY_STRINGS = (
    # wagtail-modeltranslation's language switch above each translated field group.
    gettext_noop("View / edit fields for"),
)
