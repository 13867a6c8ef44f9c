"""The abstract page that every page type of the site extends.

What each page type needs besides its own fields: its title in the admin user's language
(`editorial/admin_titles.py`), routing by translated slugs (`page_routing.py`), a preview in
each language (`language_preview.py`), and the fields that must have text of their own in a
language before the page counts as translated into it (`i18n/translation_readiness.py`).

It is abstract and adds no field, so that no page type's table or migration changes.
"""

from wagtail.models import Page

from strategy_site.editorial.admin_titles import AdminTitleMixin
from strategy_site.editorial.page_structure_permissions import RestructurePermissionTester
from strategy_site.i18n.translation_readiness import DEFAULT_REQUIRED_FIELDS
from strategy_site.language_preview import LanguagePreviewMixin
from strategy_site.page_routing import RoutedPageMixin


class SitePage(AdminTitleMixin, RoutedPageMixin, LanguagePreviewMixin, Page):
    # A page type whose page shows more than its title names those fields too.
    translation_required_fields = DEFAULT_REQUIRED_FIELDS

    def permissions_for_user(self, user):
        # Wagtail's documented override point: who may delete, move, copy or unpublish.
        return RestructurePermissionTester(user, self)

    class Meta:
        abstract = True
