"""An expert's contact card as a vCard 3.0 file (RFC 2426), in UTF-8.

Version 3.0 rather than 4.0 because it is the one every address book imports; the file is
served as `text/vcard; charset=utf-8`, so accented names survive. Empty fields are left out.
"""

import unicodedata

from django.utils.text import slugify


def escape_value(value):
    """Escape text as RFC 2426 §4 asks: backslash, comma, semicolon and line breaks."""
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


def expert_vcard(expert, organisation_name, language):
    """The vCard text, with the role and department in `language` (already active)."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{escape_value(expert.last_name)};{escape_value(expert.first_name)};;;",
        f"FN:{escape_value(expert.full_name)}",
    ]
    organisation = escape_value(organisation_name)
    if expert.department:
        organisation += f";{escape_value(expert.department)}"
    if organisation:
        lines.append(f"ORG:{organisation}")
    if expert.role:
        lines.append(f"TITLE:{escape_value(expert.role)}")
    if expert.email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{escape_value(expert.email)}")
    if expert.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{escape_value(expert.phone)}")
    lines.append(f"X-LANGUAGE:{language}")
    lines.append("END:VCARD")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def vcard_filename(expert):
    ascii_name = unicodedata.normalize("NFKD", expert.full_name)
    return f"{slugify(ascii_name) or 'contact'}.vcf"
