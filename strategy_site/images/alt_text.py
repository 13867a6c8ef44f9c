"""Alt text is required in the language of the body that shows an image.

The check runs when a page is published or submitted for moderation, not on a draft save:
a draft keeps everything the editor wrote, and the missing alt text is reported, next to the
image and naming the language, when the page is about to be seen by visitors.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import BlockField
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

IMAGE_BLOCK_TYPE = "image"


def images_missing_alt_text(stream_value, language):
    """(position, image) for each image block of the stream without alt text in `language`."""
    missing = []
    for position, child in enumerate(stream_value or []):
        if child.block_type != IMAGE_BLOCK_TYPE:
            continue
        image = child.value.get("image")
        if image is not None and not image.alt_text_in(language):
            missing.append((position, image))
    return missing


def missing_alt_text_message(image, language):
    return _(
        "The image “%(image)s” has no alt text in %(language)s. Edit the image and fill in "
        "its alt text [%(code)s], then publish again."
    ) % {
        "image": image.title,
        "language": get_language_info(language)["name_translated"],
        "code": language,
    }


class AltTextCheckedPageForm(WagtailAdminPageForm):
    """The page form of every page type with a body: refuses to publish an image without alt text
    in the body's language."""

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        for name, field in self.fields.items():
            if not isinstance(field, BlockField) or not cleaned_data.get(name):
                continue
            language = getattr(self._meta.model._meta.get_field(name), "language", None)
            if language is None:
                continue
            missing = images_missing_alt_text(cleaned_data[name], language)
            if missing:
                self.add_error(name, _alt_text_errors(missing, language))
        return cleaned_data


def _alt_text_errors(missing, language):
    block_errors = {
        position: StructBlockValidationError(
            block_errors={"image": ValidationError(missing_alt_text_message(image, language))}
        )
        for position, image in missing
    }
    return StreamBlockValidationError(block_errors=block_errors)
