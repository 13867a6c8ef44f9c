"""The translation status view on a generated site of 500 project pages in three languages.

Target (docs/translation.md): the default view answers in under 500 ms. Run with
`.venv/bin/python bench/translation_status.py [--pages 500]`. Like
`bench/translation_exchange.py` it builds a throwaway SQLite database under var/ (or uses
DATABASE_URL, which must then be an empty database). Every translation has its source
record, and a tenth of the pages lack their French introduction, so the view has missing
translations to list.

Each figure is the best and the median of several requests, wall-clock (and the median
CPU time, the steadier figure on a busy machine), with the size of the answer and its
number of queries.
"""

import argparse
import io
import statistics
import sys
import time

from scratch_site import start_django  # bench/scratch_site.py, beside this script

URLS = (
    "/admin/translation-status/",
    "/admin/translation-status/?language=fr&status=missing",
    "/admin/translation-status/?page=5",
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    start_django("status-bench-")
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from bench.translation_exchange import build_site

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_strategy", stdout=io.StringIO())
    build_site(args.pages)
    record_every_translation()
    leave_french_introductions_missing()
    print(f"database  {connection.vendor}, {Page.objects.count()} pages")

    admin = get_user_model().objects.create_superuser("bench", "bench@example.org", "bench-pw")
    client = Client()
    client.force_login(admin)
    for url in URLS:
        client.get(url)  # warm the per-process caches
        times, cpu_times = [], []
        for _run in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(url)
                times.append(time.perf_counter() - started)
                cpu_times.append(time.process_time() - started_cpu)
        if response.status_code != 200:
            sys.exit(f"{url} answered {response.status_code}")
        print(
            f"{url:55} best {min(times) * 1000:4.0f} ms, median "
            f"{statistics.median(times) * 1000:4.0f} ms ({statistics.median(cpu_times) * 1000:4.0f}"
            f" ms CPU), {len(response.content) / 1024:3.0f} KiB, "
            f"{len(queries.captured_queries)} queries"
        )


def record_every_translation():
    """As saving each page in the editor would: every translation has its source record,
    so the view checks every field for staleness, as on a real site."""
    from strategy_site.translation_status.source_tracking import record_translations
    from strategy_site.translation_status.translatable_content import load_items

    record_translations([unit for item in load_items() for unit in item.units])


def leave_french_introductions_missing():
    from cells.models import ProjectPage

    ids = list(ProjectPage.objects.order_by("pk").values_list("pk", flat=True))[::10]
    ProjectPage.objects.filter(pk__in=ids).update(intro_fr="")


if __name__ == "__main__":
    main()
