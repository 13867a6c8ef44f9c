"""A page's title in the admin (explorer, dashboard, history) in the admin user's language.

Wagtail shows `draft_title`, one column that `save_revision` fills with the title in the
language active at that moment: once a French translator saved a draft, Dutch editors saw
the page under its French title. Here `draft_title` always holds the Dutch title of the
latest draft (the source language, shared by every editor), and the admin shows the title in
the reader's own language where the page has one, the Dutch draft title otherwise.
"""

from django.db.models.signals import pre_save
from django.utils import translation
from wagtail.models import Page

from strategy_site.i18n.translated_fields import raw_value, source_language


class AdminTitleMixin:
    def get_admin_display_title(self):
        language = translation.get_language()
        source_title = self.draft_title or raw_value(self, "title", source_language())
        if language == source_language():
            return source_title or self.title
        return raw_value(self, "title", language) or source_title or self.title


def keep_draft_title_in_source_language(sender, instance, **kwargs):
    if isinstance(instance, Page):
        source_title = raw_value(instance, "title", source_language())
        if source_title:
            instance.draft_title = source_title


def connect():
    pre_save.connect(keep_draft_title_in_source_language, dispatch_uid="draft-title-in-source")
