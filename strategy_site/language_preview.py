"""Preview a page in Dutch, French or English, whatever the editor's admin language.

Without this, a preview renders in the admin language (the editor's preference or the
browser's Accept-Language): a Dutch-speaking editor could never check the French page.
Each language is a Wagtail preview mode; the page renders with that language active.
"""

from django.conf import settings
from django.utils import translation


class LanguagePreviewMixin:
    @property
    def preview_modes(self):
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        """The editor's own language when it is a site language, Dutch otherwise."""
        codes = [code for code, _name in settings.LANGUAGES]
        current = translation.get_language()
        return current if current in codes else settings.MODELTRANSLATION_DEFAULT_LANGUAGE

    def serve_preview(self, request, mode_name):
        codes = [code for code, _name in settings.LANGUAGES]
        language = mode_name if mode_name in codes else self.default_preview_mode
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, language)
            # Render now: a TemplateResponse renders lazily, after the language is reset.
            if hasattr(response, "render"):
                response.render()
        response.headers["Content-Language"] = language
        return response
