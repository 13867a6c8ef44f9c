"""An expert's contact card as a vCard 4.0 file (RFC 6350), in UTF-8.

Only properties RFC 6350 defines, and only those with a value: a card never claims an
address or number that nobody entered. Lines end in CRLF and are folded at 75 octets
(RFC 6350 §3.2), and text values are escaped as §3.4 asks.
"""

import re
import unicodedata

from django.utils.text import slugify

# RFC 3966 global numbers: "+", digits and visual separators; anything else stays text.
GLOBAL_PHONE_NUMBER = re.compile(r"^\+[0-9][0-9 ().-]*$")


def escape_value(value):
    """Escape text as RFC 6350 §3.4 asks: backslash, comma, semicolon and line breaks."""
    text = str(value)
    for raw, escaped in (
        ("\\", "\\\\"),
        (",", "\\,"),
        (";", "\\;"),
        ("\r\n", "\\n"),
        ("\n", "\\n"),
    ):
        text = text.replace(raw, escaped)
    return text


def fold(line, limit=75):
    """Fold a content line at `limit` octets without splitting a UTF-8 character."""
    parts, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = " " + char
        else:
            current += char
    parts.append(current)
    return "\r\n".join(parts)


def phone_line(phone):
    if GLOBAL_PHONE_NUMBER.match(phone):
        digits = re.sub(r"[ ().]+", "-", phone).strip("-")
        return f'TEL;VALUE=uri;TYPE="work,voice":tel:{digits}'
    # RFC 6350 §6.4.1 keeps free-form text as the default value type for TEL.
    return f"TEL;TYPE=work:{escape_value(phone)}"


def expert_vcard(expert, organisation_name, language):
    """The vCard text, with the role and department in `language` (already active)."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"FN:{escape_value(expert.full_name)}",
        f"N:{escape_value(expert.last_name)};{escape_value(expert.first_name)};;;",
    ]
    organisation = escape_value(organisation_name or "")
    if expert.department:
        organisation += f";{escape_value(expert.department)}"
    if organisation:
        lines.append(f"ORG:{organisation}")
    if expert.role:
        lines.append(f"TITLE;LANGUAGE={language}:{escape_value(expert.role)}")
    if expert.email:
        lines.append(f"EMAIL;TYPE=work:{escape_value(expert.email)}")
    if expert.phone:
        lines.append(phone_line(expert.phone))
    codes = [code.strip() for code in expert.languages_spoken.split(",") if code.strip()]
    for preference, code in enumerate(codes, start=1):
        lines.append(f"LANG;PREF={preference}:{code}")
    lines.append("END:VCARD")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def vcard_filename(expert):
    ascii_name = unicodedata.normalize("NFKD", expert.full_name)
    return f"{slugify(ascii_name) or 'contact'}.vcf"
