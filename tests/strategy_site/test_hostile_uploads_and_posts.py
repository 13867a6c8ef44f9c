"""Hostile uploads and posts get the form's error in the editor's language, never a 500.

A decompression bomb, a truncated PNG and a GIF/JS polyglot uploaded as images; raw HTML
posted into a rich-text field instead of the editor's JSON. Nothing is saved.
"""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model

from objectives.models import StrategyPage
from tests.admin_forms import edit_post_data

pytestmark = pytest.mark.django_db


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def decompression_bomb(side=20_000):
    """A few kilobytes that declare side × side pixels of black (400 million by default)."""
    row = b"\x00" + b"\x00" * (side // 8)  # filter byte, then one bit per pixel
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit greyscale
    png = (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )
    return SimpleUploadedFile("bomb.png", png, content_type="image/png")


def truncated_png():
    buffer = io.BytesIO()
    Image.effect_noise((300, 300), 80).convert("RGB").save(buffer, "PNG")
    data = buffer.getvalue()
    return SimpleUploadedFile("cut.png", data[: len(data) // 2], content_type="image/png")


def gif_js_polyglot():
    """Starts as a GIF header whose size bytes open a JavaScript comment; the rest is script."""
    body = b"GIF89a/*\x00\x00\x80\x00\x00" + b"\x00" * 6 + b"*/=1;alert(document.domain);//" + b";"
    return SimpleUploadedFile("innocent.gif", body, content_type="image/gif")


TOO_MANY_PIXELS = {
    "nl": "Deze afbeelding heeft te veel pixels om veilig te verwerken.",
    "fr": "Cette image compte trop de pixels pour être traitée en toute sécurité.",
}
UNREADABLE = {
    "nl": "Dit bestand is beschadigd of is eigenlijk geen afbeelding",
    "fr": "Ce fichier est endommagé ou n’est pas vraiment une image",
}
NOT_EDITOR_CONTENT = {
    "nl": "Deze tekst komt niet uit de editor en werd niet opgeslagen.",
    "fr": "Ce texte ne provient pas de l’éditeur et n’a pas été enregistré.",
}


def upload_image(client, upload, language):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Hostile upload",
            "file": upload,
            "description_nl": "Beschrijving",
            "description_fr": "Description",
            "description_en": "Description",
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize(
    ("make_file", "messages"),
    [
        (decompression_bomb, TOO_MANY_PIXELS),
        (truncated_png, UNREADABLE),
        (gif_js_polyglot, UNREADABLE),
    ],
    ids=["decompression bomb", "truncated PNG", "GIF/JS polyglot"],
)
def test_a_hostile_image_is_refused_with_the_forms_error(
    client, editor, make_file, messages, language
):
    client.force_login(editor)

    response = upload_image(client, make_file(), language)

    assert response.status_code == 200
    assert messages[language] in " ".join(response.context["form"].errors["file"])
    assert not get_image_model().objects.filter(title="Hostile upload").exists()


@pytest.mark.parametrize("make_file", [decompression_bomb, truncated_png, gif_js_polyglot])
def test_the_multiple_uploader_refuses_them_too(client, editor, make_file):
    client.force_login(editor)

    response = client.post(
        "/admin/images/multiple/add/", {"files[]": make_file()}, HTTP_ACCEPT_LANGUAGE="fr"
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_raw_html_posted_into_a_rich_text_field_is_refused(client, editor, language):
    page = StrategyPage.objects.get()
    revision_before = page.latest_revision_id
    client.force_login(editor)
    data = edit_post_data(page, editor)
    data["intro_nl"] = '<p>Hallo</p><script>alert("x")</script>'

    response = client.post(f"/admin/pages/{page.pk}/edit/", data, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 200
    assert NOT_EDITOR_CONTENT[language] in " ".join(response.context["form"].errors["intro_nl"])
    page.refresh_from_db()
    assert page.latest_revision_id == revision_before


def test_raw_html_posted_into_a_rich_text_block_is_refused(client, editor):
    from cells.models import CellPage

    page = CellPage.objects.get()
    revision_before = page.latest_revision_id
    client.force_login(editor)
    data = edit_post_data(page, editor)
    data.update(
        {
            "body_nl-count": 1,
            "body_nl-0-type": "paragraph",
            "body_nl-0-deleted": "",
            "body_nl-0-order": 0,
            "body_nl-0-id": "",
            "body_nl-0-value": "<p>Hallo</p><img src=x onerror=alert(1)>",
        }
    )

    response = client.post(f"/admin/pages/{page.pk}/edit/", data, HTTP_ACCEPT_LANGUAGE="nl")

    assert response.status_code == 200
    assert NOT_EDITOR_CONTENT["nl"] in response.content.decode()
    page.refresh_from_db()
    assert page.latest_revision_id == revision_before
