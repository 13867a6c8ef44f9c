"""The editorial roles and the moderation workflow, on every new install.

Editors create, edit and submit pages for moderation; Moderators approve and publish.
Wagtail's own initial migrations already create groups of these names and a "Moderators
approval" workflow; this migration makes each group's permissions exactly the ones below
(so an install is the same whatever Wagtail's defaults were) and assigns the workflow to the
root of the tree. Translators are created by the translation tools.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Moderators approval"

# On the root page, so for the whole tree.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
# On the root collection. Wagtail checks image permissions against wagtailimages.Image,
# also for a custom image model.
COLLECTION_PERMISSIONS = {
    EDITORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    MODERATORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "delete_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"),
        ("wagtaildocs", "choose_document"),
    ],
}
SNIPPETS = [
    ("partners", "partnerorganisation"),
    ("partners", "expert"),
    ("cells", "network"),
]
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        *[(app, f"{action}_{model}") for app, model in SNIPPETS for action in ("add", "change")],
        *[(app, f"view_{model}") for app, model in SNIPPETS],
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        *[
            (app, f"{action}_{model}")
            for app, model in SNIPPETS
            for action in ("add", "change", "delete", "view")
        ],
        ("strategy_site", "change_sitesettings"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
    ],
}


def create_all_permissions(apps):
    """Permissions are normally created after `migrate`; this migration needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def set_up_roles(apps, schema_editor):
    create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    groups = {}
    for name in (EDITORS, MODERATORS):
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.set(
            [permission(apps, app, codename) for app, codename in MODEL_PERMISSIONS[name]]
        )

        GroupPagePermission.objects.filter(group=group).delete()
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.create(
                group=group, page=root_page, permission=permission(apps, "wagtailcore", codename)
            )

        GroupCollectionPermission.objects.filter(group=group).delete()
        for app, codename in COLLECTION_PERMISSIONS[name]:
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission(apps, app, codename)
            )

    set_up_workflow(apps, root_page, groups[MODERATORS])


def set_up_workflow(apps, root_page, moderators):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=WORKFLOW_NAME, content_type=content_type, active=True
        )
    task.groups.set([moderators])

    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("strategy_site", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("partners", "0002_images_from_site_image_model"),
        ("cells", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(set_up_roles, migrations.RunPython.noop),
    ]
