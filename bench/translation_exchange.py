"""Export and import of a whole generated site: 500 pages in three languages.

Target (docs/translation.md): export and import each under 2 s. Run with `make bench-translations`
(or `.venv/bin/python bench/translation_exchange.py [--pages 500]`). It builds a throwaway
SQLite database under var/, so the development database is never touched; set
DATABASE_URL to an empty database to measure on PostgreSQL instead.

Each figure is wall-clock seconds, then the process's CPU seconds: on a machine busy with
other work, the CPU time is the steadier of the two.
"""

import argparse
import io
import time

from scratch_site import start_django  # bench/scratch_site.py, beside this script


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    args = parser.parse_args()

    start_django("translation-bench-")
    from django.core.management import call_command
    from django.db import connection

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_strategy", stdout=io.StringIO())
    build_site(args.pages)
    from wagtail.models import Page

    print(
        f"database     {connection.vendor}, {Page.objects.count()} pages "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )

    from strategy_site.translation_exchange.catalogue import export_entries
    from strategy_site.translation_exchange.importer import import_translations
    from strategy_site.translation_exchange.po_format import write_po
    from strategy_site.translation_exchange.xliff_format import write_xliff

    for file_format, writer in (("po", write_po), ("xliff", write_xliff)):
        seconds, document = timed(lambda w=writer: w(export_entries("fr"), "fr"))
        entries = len(export_entries("fr"))
        size = f"{len(document) / 1024:.0f} KiB"
        print(f"export {file_format:5} {seconds}  {entries} entries, {size}")
        seconds, report = timed(lambda d=document: import_translations(d, "fr"))
        print(f"import {file_format:5} {seconds}  unchanged file: {report.summary()}")

    edited = every_project_edited(" (révisé)")
    seconds, report = timed(lambda: import_translations(edited, "fr", dry_run=True))
    print(f"import po     {seconds}  dry run, every project edited: {report.summary()}")
    seconds, report = timed(lambda: import_translations(edited, "fr"))
    print(f"import po     {seconds}  every project edited, as drafts: {report.summary()}")
    # Every project now has a draft: the new revisions build on it.
    edited = every_project_edited(" (revu)")
    seconds, report = timed(lambda: import_translations(edited, "fr", dry_run=True))
    print(f"import po     {seconds}  dry run, edited again: {report.summary()}")
    seconds, report = timed(lambda: import_translations(edited, "fr"))
    print(f"import po     {seconds}  edited again, on the drafts: {report.summary()}")


def every_project_edited(suffix):
    """A French PO export with `suffix` added to every project's introduction."""
    import polib

    from strategy_site.translation_exchange.catalogue import export_entries
    from strategy_site.translation_exchange.po_format import write_po

    po = polib.pofile(write_po(export_entries("fr"), "fr"))
    for entry in po:
        if entry.msgctxt.endswith(":intro") and entry.msgctxt.startswith("cells.projectpage"):
            entry.msgstr = entry.msgstr + suffix
    return str(po)


class Seconds:
    def __init__(self, wall, cpu):
        self.wall, self.cpu = wall, cpu

    def __str__(self):
        return f"{self.wall:6.2f} s ({self.cpu:5.2f} s CPU)"


def timed(function):
    started, started_cpu = time.perf_counter(), time.process_time()
    result = function()
    return Seconds(time.perf_counter() - started, time.process_time() - started_cpu), result


def build_site(count):
    """`count` published project pages with text in three languages, under the Cell."""
    from django.db import transaction
    from wagtail.rich_text import RichText

    from cells.models import CellPage, ProjectPage

    with transaction.atomic():
        cell = CellPage.objects.get()
        for number in range(count):
            fields = {}
            for code in ("nl", "fr", "en"):
                fields[f"title_{code}"] = f"Project {number} ({code})"
                fields[f"slug_{code}"] = f"project-{number}-{code}"
                fields[f"intro_{code}"] = f"Introduction of project {number} in {code}."
                fields[f"body_{code}"] = [
                    ("paragraph", RichText(f"<p>Body of project {number}, <b>{code}</b>.</p>"))
                ]
            cell.add_child(
                instance=ProjectPage(title=fields["title_nl"], slug=fields["slug_nl"], **fields)
            )


if __name__ == "__main__":
    main()
