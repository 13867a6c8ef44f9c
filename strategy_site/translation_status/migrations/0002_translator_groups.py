"""The "Translators NL/FR/EN" groups: edit pages, snippets and settings, in one language.

They can save drafts but not publish (no publish permission): a translator who is also in
the Moderators group can publish through it.
"""

from django.db import migrations

LANGUAGES = ("nl", "fr", "en")
SHARED_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("translation_status", "view_translation_status"),
    ("partners", "change_partnerorganisation"),
    ("partners", "change_expert"),
    ("cells", "change_network"),
    ("strategy_site", "change_sitesettings"),
]


def group_name(code):
    return f"Translators {code.upper()}"


def create_translator_groups(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create them now.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root = Page.objects.filter(depth=1).order_by("path").first()
    change_page = permission("wagtailcore", "change_page")
    for code in LANGUAGES:
        group, _created = Group.objects.get_or_create(name=group_name(code))
        group.permissions.add(
            *[permission(app_label, codename) for app_label, codename in SHARED_PERMISSIONS],
            permission("translation_status", f"translate_{code}"),
        )
        if root is not None:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=change_page
            )


def remove_translator_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[group_name(code) for code in LANGUAGES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("translation_status", "0001_translation_records"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("partners", "0001_initial"),
        ("cells", "0002_initial"),
        ("strategy_site", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_translator_groups, remove_translator_groups)]
