"""Images: alt text per language, checked on publish; uploads limited; SVG refused."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from objectives.models import ObjectivePage
from tests.admin_forms import edit_post_data
from tests.factories import image_with_alt_text, png_upload

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def error_messages(error):
    """The messages of a (possibly nested StreamField) validation error, innermost ones."""
    children = list((getattr(error, "block_errors", None) or {}).values())
    children += list(getattr(error, "non_block_errors", None) or [])
    if not children:
        return list(error.messages)
    return [message for child in children for message in error_messages(child)]


def field_messages(form, field_name):
    return [
        msg for error in form.errors.as_data().get(field_name, []) for msg in error_messages(error)
    ]


def objective_with_image_in(language, image):
    page = ObjectivePage.objects.order_by("number").first()
    setattr(page, f"body_{language}", [("image", {"image": image, "caption": "Tour & Taxis"})])
    return page


def test_publishing_an_image_without_french_alt_text_is_refused_naming_image_and_language(
    admin_client, superuser
):
    image = image_with_alt_text("Tour & Taxis site", nl="Het Tour & Taxis-terrein", en="The site")
    page = objective_with_image_in("fr", image)
    data = edit_post_data(page, superuser, **{"action-publish": "publish"})

    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    messages = field_messages(response.context["form"], "body_fr")
    assert messages == [
        "The image “Tour & Taxis site” has no alt text in French. Edit the image and fill in "
        "its alt text [fr], then publish again."
    ]
    page.refresh_from_db()
    assert "image" not in [block.block_type for block in page.body_fr]  # nothing went live


def test_a_draft_with_a_missing_alt_text_is_saved_so_nothing_is_lost(admin_client, superuser):
    image = image_with_alt_text("Tour & Taxis site", nl="Het Tour & Taxis-terrein")
    page = objective_with_image_in("fr", image)

    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", edit_post_data(page, superuser))

    assert response.status_code == 302
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.body_fr[0].value["image"] == image


def test_an_image_with_alt_text_in_the_body_language_publishes_and_shows_it(
    admin_client, client, superuser
):
    image = image_with_alt_text("Tour & Taxis site", nl="Het terrein", fr="Le site de Tour & Taxis")
    page = objective_with_image_in("fr", image)
    data = edit_post_data(page, superuser, **{"action-publish": "publish"})

    assert admin_client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302

    with translation.override("fr"):
        french = client.get(page.get_url()).content.decode()
    assert 'alt="Le site de Tour &amp; Taxis"' in french
    assert "<figcaption>Tour &amp; Taxis</figcaption>" in french


def test_the_image_form_asks_for_alt_text_in_each_language(admin_client):
    image = image_with_alt_text(nl="Een skyline")

    document = admin_client.get(f"/admin/images/{image.pk}/").content.decode()

    for code in ("nl", "fr", "en"):
        assert f'name="description_{code}"' in document


def test_an_svg_upload_is_refused_with_a_message_saying_why(admin_client):
    upload = SimpleUploadedFile("logo.svg", SVG, content_type="image/svg+xml")

    response = admin_client.post(
        "/admin/images/add/", {"title": "Logo", "file": upload}, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [
        "SVG images are not accepted: they can contain scripts. Export the image as PNG, "
        "JPEG or WebP and upload that file instead."
    ]
    assert not get_image_model().objects.filter(title="Logo").exists()


def test_an_svg_is_refused_by_the_multiple_uploader_too(admin_client):
    upload = SimpleUploadedFile("logo.svg", SVG, content_type="image/svg+xml")

    response = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": upload}, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert "SVG images are not accepted" in response.json()["error_message"]
    assert not get_image_model().objects.exists()


def test_a_png_upload_is_accepted_with_alt_text_in_three_languages(admin_client):
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Canal",
            "file": png_upload(),
            "description_nl": "Het kanaal",
            "description_fr": "Le canal",
            "description_en": "The canal",
        },
    )

    assert response.status_code == 302
    image = get_image_model().objects.get(title="Canal")
    assert [image.alt_text_in(code) for code in ("nl", "fr", "en")] == [
        "Het kanaal",
        "Le canal",
        "The canal",
    ]


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
def test_an_upload_over_the_size_limit_is_refused(admin_client):
    buffer = io.BytesIO()
    noise = PillowImage.effect_noise((200, 200), 100).convert("RGB")
    noise.save(buffer, "PNG")
    upload = SimpleUploadedFile("big.png", buffer.getvalue(), content_type="image/png")

    response = admin_client.post(
        "/admin/images/add/", {"title": "Big", "file": upload}, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert "This file is too big" in response.context["form"].errors["file"][0]


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100)
def test_an_upload_over_the_pixel_limit_is_refused(admin_client):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Wide", "file": png_upload(size=(20, 20))},
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert "This file has too many pixels" in response.context["form"].errors["file"][0]


def test_the_upload_limits_are_set_for_production():
    from django.conf import settings

    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
