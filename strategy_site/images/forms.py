"""The image upload and edit form (WAGTAILIMAGES_IMAGE_FORM_BASE).

SVG is refused with a message of its own: an SVG file can carry scripts and is served
from the site's own domain. Wagtail already refuses it (WAGTAILIMAGES_EXTENSIONS leaves it
out), but with a generic "not a supported format"; this says why and what to do instead.
"""

import warnings
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageSequence
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

SVG_REFUSED = _(
    "SVG images are not accepted: they can contain scripts. Export the image as PNG, JPEG or "
    "WebP and upload that file instead."
)


TOO_MANY_PIXELS = _(
    "This image has too many pixels to be processed safely. Make it smaller (at most "
    "%(limit)s million pixels) and upload it again."
)
UNREADABLE = _(
    "This file is damaged or is not really an image: it could not be read to the end. Export "
    "it again as PNG, JPEG or WebP and upload that file."
)


def is_svg(upload):
    content_type = getattr(upload, "content_type", "") or ""
    return PurePath(upload.name).suffix.lower() in (".svg", ".svgz") or "svg" in content_type


def too_many_pixels():
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000
    return ValidationError(TOO_MANY_PIXELS, code="too_many_pixels", params={"limit": limit})


def read_to_the_end(upload):
    """Decode every frame, so that what cannot be shown later is refused now.

    Wagtail reads only the header of an upload; a truncated file, or a script wearing an
    image header (a GIF/JS polyglot), would be stored and fail on every rendition.
    """
    upload.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(upload) as image:
            if image.width * image.height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
                raise too_many_pixels()
            for frame in ImageSequence.Iterator(image):
                frame.load()
    upload.seek(0)


class SafeImageField(WagtailImageField):
    """Wagtail's image field, turning every failure to read the upload into a form error."""

    def to_python(self, data):
        try:
            upload = super().to_python(data)
            if upload is not None:
                read_to_the_end(upload)
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise too_many_pixels() from error
        except Exception as error:  # noqa: BLE001  (Pillow raises many kinds on bad data)
            raise ValidationError(UNREADABLE, code="unreadable_image") from error
        return upload


class SiteImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            self.fields["file"] = SafeImageField(
                label=field.label, required=field.required, widget=field.widget
            )

    def clean(self):
        cleaned_data = super().clean()
        upload = self.files.get(self.add_prefix("file"))
        if upload is not None and is_svg(upload):
            # Replace Wagtail's generic format error with one that says why.
            self.errors.pop("file", None)
            cleaned_data.pop("file", None)
            self.add_error("file", SVG_REFUSED)
        return cleaned_data
