"""The image upload and edit form (WAGTAILIMAGES_IMAGE_FORM_BASE).

SVG is refused with a message of its own: an SVG file can carry scripts and is served
from the site's own domain. Wagtail already refuses it (WAGTAILIMAGES_EXTENSIONS leaves it
out), but with a generic "not a supported format"; this says why and what to do instead.
"""

from pathlib import PurePath

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

SVG_REFUSED = _(
    "SVG images are not accepted: they can contain scripts. Export the image as PNG, JPEG or "
    "WebP and upload that file instead."
)


def is_svg(upload):
    content_type = getattr(upload, "content_type", "") or ""
    return PurePath(upload.name).suffix.lower() in (".svg", ".svgz") or "svg" in content_type


class SiteImageForm(BaseImageForm):
    def clean(self):
        cleaned_data = super().clean()
        upload = self.files.get(self.add_prefix("file"))
        if upload is not None and is_svg(upload):
            # Replace Wagtail's generic format error with one that says why.
            self.errors.pop("file", None)
            cleaned_data.pop("file", None)
            self.add_error("file", SVG_REFUSED)
        return cleaned_data
