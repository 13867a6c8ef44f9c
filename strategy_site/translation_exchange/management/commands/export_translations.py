from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from strategy_site.translation_status.translatable_content import content_languages

from ...catalogue import ONLY_CHOICES, export_entries
from ...po_format import write_po
from ...progress_bar import progress_bar
from ...xliff_format import write_xliff


class Command(BaseCommand):
    help = "Export one language's translations as a PO or XLIFF 2.0 file for an agency."

    def add_arguments(self, parser):
        parser.add_argument("--language", required=True, choices=content_languages())
        parser.add_argument("--format", default="po", choices=["po", "xliff"])
        parser.add_argument("--output", required=True, help="The file to write ('-': stdout).")
        parser.add_argument("--only", choices=ONLY_CHOICES, help="Only missing or stale fields.")
        parser.add_argument(
            "--section", help="Only the subtree of this page id, or snippets, settings or media."
        )

    def handle(self, *args, **options):
        # Field labels in the agency's working language; `override`, not `activate`, so the
        # caller's language is back afterwards (a command also runs inside other code).
        with translation.override("en"):
            self.export(**options)

    def export(self, *, language, format, output, only, section, **options):
        if section and not section.isdigit() and section not in ("snippets", "settings", "media"):
            raise CommandError("--section takes a page id, 'snippets', 'settings' or 'media'.")
        entries = export_entries(
            language,
            only=only,
            section=section,
            progress=progress_bar(self.stderr, "Exporting"),
        )
        writer = write_xliff if format == "xliff" else write_po
        document = writer(entries, language)
        if output == "-":
            self.stdout.write(document)
            return
        Path(output).write_text(document, encoding="utf-8")
        self.stderr.write(f"{len(entries)} entries written to {output}")
