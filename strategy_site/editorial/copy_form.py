"""The page copy form, offering a free slug in every language.

wagtail-modeltranslation's copy form asks for the copy's slug in each language and refuses
one already used under the destination; it offers the original slugs, which always clash
when copying next to the original. This form offers the first free `slug-2`, `slug-3`...
per language instead, so copying just works; the editor can still change them.
"""

from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail_modeltranslation.patch_wagtailadmin_forms import PatchedCopyForm

from strategy_site.i18n.translated_fields import content_languages


def free_slug(parent, language, slug):
    with translation.override(language):
        taken = {child.slug for child in parent.get_children()}
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    return candidate


class UniqueSlugCopyForm(PatchedCopyForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = self.page.get_parent()
        for code in content_languages():
            field_name = build_localized_fieldname("slug", code)
            field = self.fields.get(f"new_{field_name}")
            slug = getattr(self.page, field_name)
            if field is not None and slug:
                field.initial = free_slug(parent, code, slug)
