"""The names of Wagtail's default moderation workflow and task, in the admin user's language.

Wagtail's first migration creates a workflow and a task, both named "Moderators approval",
as plain text in the database, so every editor saw those English words in the "Submit to
Moderators approval" button and the workflow history. The stored default name is kept as the
key and, when such an object is loaded, replaced by its translation in the language active
at that moment (the admin user's, since objects are loaded within their request). Saving
such an object stores the key again, never one language's words, so the next reader still
sees their own. A name an administrator typed is shown and stored as is.
"""

from django.conf import settings
from django.db.models.signals import post_init, pre_save
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Task, Workflow

DEFAULT_NAME = "Moderators approval"
TRANSLATED_NAMES = {
    # Translators: Wagtail's moderation workflow, in which a moderator approves a page.
    DEFAULT_NAME: _("Moderators approval"),
}


def translate_default_name(sender, instance, **kwargs):
    translated = TRANSLATED_NAMES.get(instance.name)
    if translated is not None:
        instance.name = str(translated)


def _stored_name(shown):
    """The key a shown name stands for: the default's translation in any language."""
    for key, translated in TRANSLATED_NAMES.items():
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                if shown == str(translated):
                    return key
    return shown


def store_default_name(sender, instance, **kwargs):
    instance.name = _stored_name(instance.name)


def connect():
    for model in (Workflow, Task, GroupApprovalTask):
        uid = f"workflow-name-{model.__name__}"
        post_init.connect(translate_default_name, sender=model, dispatch_uid=uid)
        pre_save.connect(store_default_name, sender=model, dispatch_uid=uid)
