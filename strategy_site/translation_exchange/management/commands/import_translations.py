from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from strategy_site.translation_status.translatable_content import (
    content_languages,
    target_languages,
)

from ...forms import MAX_IMPORT_BYTES
from ...importer import import_translations
from ...progress_bar import progress_bar


class Command(BaseCommand):
    help = (
        "Import a translated PO or XLIFF file as draft revisions (never published). "
        "--dry-run reports the same counts and changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--language", required=True, choices=target_languages())
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument(
            "--locale",
            choices=content_languages(),
            help="The language of this command's messages (default: English).",
        )

    def handle(self, *args, locale=None, **options):
        # Not the site's default language (Dutch): a command answers in English unless asked.
        # `override`, not `activate`: the caller's language is back afterwards.
        with translation.override(locale or "en"):
            self.import_file(**options)

    def import_file(self, *, file, language, dry_run, **options):
        path = Path(file)
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise CommandError(
                    f"{file} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB: "
                    "split the export (--section, --only) and import the parts."
                )
            content = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        report = import_translations(
            content,
            language,
            dry_run=dry_run,
            progress=progress_bar(self.stderr, "Checking"),
        )
        for change in report.changes:
            self.stdout.write(f"change    {change.identifier}")
        for identifier in report.sanitised:
            self.stdout.write(f"sanitised {identifier}")
        for identifier, reason in report.conflicts:
            self.stdout.write(f"conflict  {identifier}: {reason}")
        for identifier, reason in report.errors:
            self.stdout.write(f"error     {identifier}: {reason}".replace("   : ", ": "))
        prefix = "Dry run: " if dry_run else ""
        self.stdout.write(prefix + report.summary())
        if report.errors and report.changes and not dry_run:
            raise CommandError(
                "The entries with errors above were not imported (the others were): "
                "fix them and import the file again."
            )
        if report.errors:
            raise CommandError(
                "The entries with errors above would not be imported: fix them first."
                if dry_run
                else "Nothing was imported: fix the errors above and import again."
            )
