"""The names of Wagtail's default moderation workflow and task, in the admin user's language.

Wagtail's first migration creates a workflow and a task, both named "Moderators approval",
as plain text in the database, so every editor saw those English words in the "Submit to
Moderators approval" button and the workflow history. The stored default name is kept as the
key and, when such an object is loaded, replaced by its translation (read lazily, so each
request shows it in its own user's language). A name an administrator typed is shown as is.
"""

from django.db.models.signals import post_init
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
        instance.name = translated


def connect():
    for model in (Workflow, Task, GroupApprovalTask):
        post_init.connect(
            translate_default_name, sender=model, dispatch_uid=f"workflow-name-{model.__name__}"
        )
