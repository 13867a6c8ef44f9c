"""The official names the site uses, in the glossary; translators may keep it up to date."""

from django.db import migrations

# (Dutch, French, English, do not translate)
OFFICIAL_NAMES = [
    (
        "Brussels Hoofdstedelijk Gewest",
        "Région de Bruxelles-Capitale",
        "Brussels-Capital Region",
        False,
    ),
    ("Leefmilieu Brussel", "Bruxelles Environnement", "Brussels Environment", False),
    ("Vlaanderen", "Flandre", "Flanders", False),
    ("Wallonië", "Wallonie", "Wallonia", False),
    ("urban.brussels", "", "", True),
    ("visit.brussels", "", "", True),
    ("hub.brussels", "", "", True),
    ("perspective.brussels", "", "", True),
]
GLOSSARY_PERMISSIONS = ("view_glossaryterm", "add_glossaryterm", "change_glossaryterm")


def seed_glossary(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    GlossaryTerm = apps.get_model("translation_status", "GlossaryTerm")
    for term_nl, term_fr, term_en, do_not_translate in OFFICIAL_NAMES:
        GlossaryTerm.objects.update_or_create(
            term_nl=term_nl,
            defaults={
                "term_fr": term_fr,
                "term_en": term_en,
                "do_not_translate": do_not_translate,
            },
        )

    app_config = apps.get_app_config("translation_status")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="translation_status", codename__in=GLOSSARY_PERMISSIONS
    )
    for group in Group.objects.filter(name__startswith="Translators "):
        group.permissions.add(*permissions)


def remove_glossary(apps, schema_editor):
    GlossaryTerm = apps.get_model("translation_status", "GlossaryTerm")
    GlossaryTerm.objects.filter(term_nl__in=[name[0] for name in OFFICIAL_NAMES]).delete()


class Migration(migrations.Migration):
    dependencies = [("translation_status", "0003_glossary")]

    operations = [migrations.RunPython(seed_glossary, remove_glossary)]
