"""CPU cost of an uncached page of wagtail/bakerydemo, measured as render_profile.py measures ours.

    .venv/bin/python bench/bakerydemo_profile.py --source PATH   # a bakerydemo checkout or git dir
    .venv/bin/python bench/render_profile.py --cold --bakerydemo PATH  # both, side by side

bakerydemo (https://github.com/wagtail/bakerydemo) is Wagtail's own demonstration site: the
baseline the caching design is compared with (docs/caching.md). It is built only when its
source is present on the machine (BAKERYDEMO_SOURCE or --source: a checkout, or a bare git
directory whose HEAD is exported); nothing is downloaded but the three packages its settings
import that this project does not use (django-extensions, django-debug-toolbar,
wagtail-font-awesome-svg), installed with pip into the work folder, never into the venv.

It runs under this project's venv (the same Django, Wagtail and Python: its requirements
ask for Django 6.0, which needs Python 3.12; it runs unchanged on 5.2), with bakerydemo's
own production settings (DEBUG off, so Django's cached template loader; local-memory cache,
as without REDIS_URL) on SQLite (or PostgreSQL with --postgres) seeded by its
`load_initial_data`, one process, each request through its WSGI application with its body
read to the end, CPU time per request after a warm-up. bakerydemo caches no page and no
fragment: every request is a full render, the counterpart of our render right after a
publish (`render_profile.py --cold`).
"""

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The same kinds of page as render_profile.py's (bench/run.py's PAGES): home, detail, list, search.
PAGES = {
    "home": "/",
    "detail": "/blog/wild-yeast/",
    "list": "/breads/",
    "search": "/search/?q=bread",
}
EXTRA_PACKAGES = [
    "django-extensions>=4.1,<5",
    "django-debug-toolbar>=4.2,<5",
    "wagtail-font-awesome-svg>=1,<2",
]
DEFAULT_WORKDIR = Path(tempfile.gettempdir()) / "bakerydemo-bench"


def source_tree(source, workdir):
    """bakerydemo's files in `workdir`/src, exported once from a git dir or copied."""
    tree = workdir / "src"
    if (tree / "bakerydemo" / "settings" / "production.py").exists():
        return tree
    tree.mkdir(parents=True, exist_ok=True)
    git_dir = source if (source / "HEAD").exists() and (source / "objects").exists() else None
    if git_dir is None and (source / ".git").exists():
        git_dir = source / ".git"
    if git_dir is not None:
        archive = subprocess.run(
            ["git", f"--git-dir={git_dir}", "archive", "HEAD"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    else:
        shutil.copytree(source, tree, dirs_exist_ok=True)
    return tree


def extra_packages(workdir):
    target = workdir / "packages"
    if not (target / "wagtailfontawesomesvg").exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
            + ["--target", str(target), *EXTRA_PACKAGES],
            check=True,
        )
    return target


def configure(tree, packages, database_url):
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
            "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": database_url,
            "DJANGO_LOG_LEVEL": "WARNING",
        }
    )
    for name in ("REDIS_URL", "REDIS_TLS_URL", "ELASTICSEARCH_ENDPOINT", "CSP_DEFAULT_SRC"):
        os.environ.pop(name, None)
    sys.path[:0] = [str(tree), str(packages)]
    os.chdir(tree)
    import django

    django.setup()


def prepare(database_is_new):
    from django.core.management import call_command

    quiet = {"verbosity": 0, "stdout": io.StringIO()}
    if database_is_new:
        print("… migrating and loading bakerydemo's data", file=sys.stderr, flush=True)
        call_command("migrate", interactive=False, **quiet)
        call_command("load_initial_data", **quiet)
    call_command("collectstatic", interactive=False, **quiet)


def measure(application, pages, count, repeat, warmup):
    from render_profile import get  # bench/render_profile.py, beside this script

    medians = {}
    for name, url in pages.items():
        status, _body = get(application, url)
        if not status.startswith("200"):
            sys.exit(f"bakerydemo: {url} answered {status}, not 200")
        for _ in range(warmup):  # renditions made, templates compiled
            get(application, url)
        batches = []
        for _ in range(repeat):
            started = time.process_time()
            for _ in range(count):
                get(application, url)
            batches.append((time.process_time() - started) * 1000 / count)
        medians[name] = {"url": url, "min": min(batches), "median": statistics.median(batches)}
    return medians


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=os.environ.get("BAKERYDEMO_SOURCE"))
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--requests", type=int, default=100, help="requests per batch")
    parser.add_argument("--repeat", type=int, default=5, help="batches per page")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument(
        "--postgres", metavar="NAME", help="use PostgreSQL database NAME (loaded when new)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if args.source is None or not args.source.exists():
        sys.exit("bakerydemo's source is not on this machine (give --source or BAKERYDEMO_SOURCE)")

    workdir = args.workdir.resolve()
    tree = source_tree(args.source.resolve(), workdir)
    packages = extra_packages(workdir)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if args.postgres:
        from render_profile import postgres_database  # bench/render_profile.py

        database_url, is_new = postgres_database(args.postgres)
    else:
        database = workdir / "bakerydemo.sqlite3"
        is_new = not database.exists()
        database_url = f"sqlite:///{database}"
    configure(tree, packages, database_url)
    prepare(is_new)
    # bakerydemo/wsgi.py is this plus python-dotenv, which the settings above do not need.
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    figures = measure(application, PAGES, args.requests, args.repeat, args.warmup)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"bakerydemo, CPU ms per request ({args.requests} requests per batch, {args.repeat})")
    print(f"{'page':<10} {'min':>7} {'median':>7}  url")
    for name, row in figures.items():
        print(f"{name:<10} {row['min']:7.2f} {row['median']:7.2f}  {row['url']}")


if __name__ == "__main__":
    main()
