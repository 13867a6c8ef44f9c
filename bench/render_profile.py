"""CPU cost of rendering a public page with the full-page cache off, in one process.

    .venv/bin/python bench/render_profile.py                 # CPU ms/request, 4 pages
    .venv/bin/python bench/render_profile.py --profile home  # plus the top cProfile entries
    .venv/bin/python bench/render_profile.py --snapshot DIR  # HTML of every public page
    .venv/bin/python bench/render_profile.py --compare DIR   # ... and diff it with DIR

The production settings (DEBUG off, cached template loader, manifest static storage, the
JSON request log) with PAGE_CACHE=off, on a throwaway SQLite database seeded with
`load_strategy`, or the database given with --db (seeded when it is new). Each request goes
through the same WSGI application gunicorn serves, with Host 127.0.0.1 and
X-Forwarded-Proto https, and its body is read to the end. The cache is local memory (what
a single process without REDIS_URL uses), or Redis database 12 with --redis; the site-level
lookups are cached per content version either way, as on a live server.

CPU time is `time.process_time()` over a batch of requests after a warm-up, so the figure
is steadier than wall time on a shared machine; a row gives the lowest and the median of
--repeat batches. Nothing here is a test: it prints figures.

`--postgres NAME` uses the machine's PostgreSQL (database NAME, created and seeded when
missing) instead of SQLite. `--bakerydemo PATH` (or BAKERYDEMO_SOURCE) measures
wagtail/bakerydemo from its source on this machine the same way, on the same kind of
database (bench/bakerydemo_profile.py), and prints each page beside bakerydemo's page of
the same kind; without it, or when that source is absent, the baseline is the bare view.
"""

import argparse
import cProfile
import difflib
import io
import json
import logging
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import PAGES as PAGES_UNDER_GUNICORN  # bench/run.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
# bench/run.py's pages, and its bare view (robots.txt through the same middleware).
PAGES = {"bare": "/robots.txt", **PAGES_UNDER_GUNICORN}
REDIS_URL = "redis://127.0.0.1:6379/12"
HOST = "127.0.0.1"
POSTGRES = "postgres://postgres@127.0.0.1:5432/"
# Our page of each kind beside bakerydemo's (bench/bakerydemo_profile.py's PAGES).
BAKERYDEMO_KINDS = {"home": "home", "objective": "detail", "partners": "list", "search": "search"}
# The target for a render right after a publish, against bakerydemo's uncached page.
TARGET_RATIO = 2 / 3


def postgres_database(name):
    """The URL of database `name` on the machine's PostgreSQL, and whether it was created."""
    import psycopg

    with psycopg.connect("host=127.0.0.1 user=postgres dbname=postgres", autocommit=True) as db:
        exists = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            db.execute(f'CREATE DATABASE "{name}"')
    return POSTGRES + name, not exists


def configure(database_url, use_redis):
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "strategy_site.settings.production",
            "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50,
            "DJANGO_ALLOWED_HOSTS": HOST,
            "DATABASE_URL": database_url,
            "PAGE_CACHE": "off",
        }
    )
    if use_redis:
        os.environ["REDIS_URL"] = REDIS_URL
    else:
        os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    import django

    django.setup()


def prepare(database_is_new, edge_cases):
    from django.core.cache import cache
    from django.core.management import call_command

    quiet = {"verbosity": 0, "stdout": io.StringIO()}
    if database_is_new:
        print("… migrating and seeding", file=sys.stderr, flush=True)
        call_command("migrate", interactive=False, **quiet)
        call_command("load_strategy", **quiet)
        if edge_cases:
            add_edge_cases()
    # The manifest storage refuses {% static %} for files it has not collected.
    call_command("collectstatic", interactive=False, **quiet)
    cache.clear()


def silence_request_log():
    """Keep the cost of formatting the request log line, but not the terminal's.

    After the WSGI application is built: building it configures logging again.
    """
    sink = open(os.devnull, "w")  # noqa: SIM115 (lives as long as the process)
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler):
            handler.setStream(sink)


def add_edge_cases():
    """Content the seed lacks, so that a snapshot covers every template branch: a project
    with every body block (an image, a link to a page inside rich text, partner and expert
    cards), a page not translated into French, a page with one field falling back to Dutch,
    footer and social links."""
    from django.core.files.images import ImageFile
    from PIL import Image
    from wagtail.models import Collection
    from wagtail.rich_text import RichText

    from cells.models import CellNetwork, CellPage, Network, ProjectPage, ProjectPartner
    from objectives.models import ContentPage, StrategyPage
    from partners.models import Expert, PartnerOrganisation
    from strategy_site.images.models import SiteImage
    from strategy_site.models import FooterLink, SiteSettings, SocialLink

    buffer = io.BytesIO()
    Image.new("RGB", (1600, 900), "#0a5c7a").save(buffer, "PNG")
    image = SiteImage(
        title="Skyline",
        collection=Collection.get_first_root_node(),
        file=ImageFile(buffer, name="skyline.png"),
        description_nl="Brussel",
        description_fr="Bruxelles",
        description_en="Brussels",
    )
    image.save()
    partner = PartnerOrganisation.objects.first()
    partner.logo = image
    partner.save()
    expert = Expert.objects.first()
    expert.photo, expert.email, expert.phone = image, "expert@example.org", "+32 2 000 00 00"
    expert.department_nl, expert.languages_spoken = "Afdeling", "nl, fr, en"
    expert.save()
    home = StrategyPage.objects.get()
    cell = CellPage.objects.get()

    def body(code):
        return [
            ("heading", {"text": f"Heading {code}", "level": "h2"}),
            ("heading", {"text": f"Sub-heading {code}", "level": "h3"}),
            (
                "paragraph",
                RichText(
                    f'<p>Text {code} with <a linktype="page" id="{cell.pk}">a page link</a>, '
                    f'<a href="https://example.org/{code}">a link</a> and <b>bold</b>.</p>'
                    f"<ul><li>one</li><li>two</li></ul>"
                ),
            ),
            ("image", {"image": image, "caption": f"Caption {code}"}),
            ("quote", {"quote": f"Quote {code}\nsecond line", "attribution": "Someone"}),
            ("call_to_action", {"label": f"To the Cell {code}", "page": cell, "url": ""}),
            (
                "call_to_action",
                {"label": f"Elsewhere {code}", "page": None, "url": "https://example.org/"},
            ),
            ("key_figure", {"figure": "27 %", "label": f"share {code}", "source": "Statbel"}),
            ("partner", partner),
            ("expert", expert),
        ]

    project = ProjectPage(
        title="Project alle blokken",
        slug="project-alle-blokken",
        cooperating_with_nl="Gent",
        **{f"title_{c}": f"Project all blocks {c}" for c in ("nl", "fr", "en")},
        **{f"slug_{c}": f"project-all-blocks-{c}" for c in ("nl", "fr", "en")},
        **{f"intro_{c}": f"Intro {c}" for c in ("nl", "fr", "en")},
        **{f"body_{c}": body(c) for c in ("nl", "fr")},
    )
    cell.add_child(instance=project)
    project.save_revision().publish()
    ProjectPartner.objects.create(page=project, partner=partner)
    network = Network.objects.create(name_nl="Eurocities", website="https://eurocities.eu")
    CellNetwork.objects.create(page=cell, network=network)
    cell.save_revision().publish()
    only_dutch = ContentPage(
        title="Alleen in het Nederlands",
        slug="alleen-nl",
        title_nl="Alleen in het Nederlands",
        slug_nl="alleen-nl",
        slug_fr="seulement-nl",
        slug_en="only-nl",
        title_en="Only in Dutch, in English",
        intro_nl="Inleiding",
        body_nl=body("nl"),
        body_en=body("en"),
        show_in_menus=True,
    )
    home.add_child(instance=only_dutch)
    only_dutch.save_revision().publish()
    settings = SiteSettings.objects.get()
    settings.address_nl = "Rue de Namur 59\n1000 Brussel"
    settings.save()
    FooterLink.objects.create(settings=settings, label_nl="Privacy", page=only_dutch, sort_order=0)
    FooterLink.objects.create(
        settings=settings,
        label_nl="Gewest",
        label_fr="Région",
        url_nl="https://be.brussels/nl",
        url_fr="https://be.brussels/fr",
        sort_order=1,
    )
    SocialLink.objects.create(settings=settings, network="LinkedIn", url="https://linkedin.com/")


def environ_for(url):
    path, _, query = url.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SCRIPT_NAME": "",
        "SERVER_NAME": HOST,
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": HOST,
        "HTTP_X_FORWARDED_PROTO": "https",
        "HTTP_ACCEPT": "text/html",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def get(application, url):
    """(status line, body) of one request, read the way a WSGI server reads it."""
    status = []

    def start_response(status_line, headers, exc_info=None):
        status.append(status_line)

    result = application(environ_for(url), start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return status[0], body


def check(application, url):
    status, _body = get(application, url)
    if not status.startswith("200"):
        sys.exit(f"{url} answered {status}, not 200")


def cpu_ms_per_request(application, url, count, cold=False):
    from strategy_site.caching.content_version import bump_version

    spent = 0.0
    for _ in range(count):
        if cold:
            bump_version()  # as after a publish: nothing cached for this version yet
        started = time.process_time()
        get(application, url)
        spent += time.process_time() - started
    return spent * 1000 / count


def measure(application, pages, count, repeat, warmup, cold=False):
    state = "right after a content change" if cold else "warm"
    print(f"CPU ms per request, {state} ({count} requests per batch, {repeat} batches)")
    print(f"{'page':<10} {'min':>7} {'median':>7}  url")
    medians = {}
    for name, url in pages.items():
        check(application, url)
        for _ in range(warmup):
            get(application, url)
        batches = [cpu_ms_per_request(application, url, count, cold) for _ in range(repeat)]
        print(f"{name:<10} {min(batches):7.2f} {statistics.median(batches):7.2f}  {url}")
        medians[name] = statistics.median(batches)
    return medians


def print_bare_baseline(medians):
    if "bare" in medians:
        print("baseline: the bare view (robots.txt), not bakerydemo")
        for name, median in medians.items():
            if name != "bare":
                print(f"{name:<10} {median / medians['bare']:7.1f}× the bare view")


def bakerydemo_figures(source, args):
    """bakerydemo's CPU ms per page, measured by bench/bakerydemo_profile.py in a process of
    its own (Django's settings are one per process), or None when its source is absent."""
    if source is None or not source.exists():
        return None
    command = [sys.executable, str(Path(__file__).with_name("bakerydemo_profile.py"))]
    command += ["--source", str(source), "--json", "--requests", str(args.requests)]
    command += ["--repeat", str(args.repeat)]
    if args.postgres:
        command += ["--postgres", f"{args.postgres}_bakerydemo"]
    found = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(found.stdout.strip().splitlines()[-1])


def print_beside_bakerydemo(medians, bakerydemo, cold):
    state = "right after a content change" if cold else "warm"
    print("\nbaseline: bakerydemo, uncached (every request renders; it caches no page)")
    header = f"{'page':<10} {'ours':>7} {'bakery':>7} {'ratio':>6}"
    print(f"{header}  target ≤ {TARGET_RATIO:.2f}, ours {state}")
    for name, kind in BAKERYDEMO_KINDS.items():
        if name in medians and kind in bakerydemo:
            theirs = bakerydemo[kind]["median"]
            ratio = medians[name] / theirs
            verdict = "met" if ratio <= TARGET_RATIO else "missed"
            print(
                f"{name:<10} {medians[name]:7.2f} {theirs:7.2f} {ratio:6.2f}  {verdict}, "
                f"against {bakerydemo[kind]['url']}"
            )


def profile(application, name, url, count, sort, limit, dump=None, cold=False):
    from strategy_site.caching.content_version import bump_version

    check(application, url)
    for _ in range(20):
        get(application, url)
    profiler = cProfile.Profile()
    for _ in range(count):
        if cold:
            bump_version()  # outside the profile, as in cpu_ms_per_request
        profiler.enable()
        get(application, url)
        profiler.disable()
    if dump:
        profiler.dump_stats(f"{dump}.{name}.pstats")
    print(f"\n## {name} ({url}), {count} requests, sorted by {sort}\n")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats(sort).print_stats(limit)


def show_lookups(application, name, url, count, cold=False):
    """CPU ms per request spent building each kind of per-version lookup (route, menu,
    site settings, each fragment, each page's data), without the lookups built inside it,
    and the queries it runs. Every module that imported `site_lookups.versioned` gets a
    timing wrapper for the duration."""
    import collections

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from strategy_site.caching import site_lookups
    from strategy_site.caching.content_version import bump_version

    original = site_lookups.versioned
    own, queries = collections.defaultdict(float), collections.defaultdict(int)
    inner = []  # [CPU, queries] of the lookups built inside the one being built

    def kind(key):
        parts = key.split(":")
        if parts[0] == "page-data":  # page-data:<page>:<name>:<language>
            return f"page-data:{parts[2]}"
        if parts[0] == "fragment":  # fragment:<name>:<digest>
            return f"fragment:{parts[1]}"
        return parts[0]

    def timed(request, key, build, keep=None):
        def build_timed():
            inner.append([0.0, 0])
            started, ran = time.process_time(), len(captured)
            value = build()
            spent, run = time.process_time() - started, len(captured) - ran
            inner_spent, inner_run = inner.pop()
            own[kind(key)] += spent - inner_spent
            queries[kind(key)] += run - inner_run
            if inner:
                inner[-1][0] += spent
                inner[-1][1] += run
            return value

        return original(request, key, build_timed, keep)

    check(application, url)  # imports the template tag libraries too
    patched = [m for m in list(sys.modules.values()) if getattr(m, "versioned", None) is original]
    try:
        for module in patched:
            module.versioned = timed
        with CaptureQueriesContext(connection) as captured:
            for _ in range(count):
                if cold:
                    bump_version()
                get(application, url)
    finally:
        for module in patched:
            module.versioned = original
    print(f"\n## {name} ({url}): lookups built, CPU ms per request (own) and queries")
    for key in sorted(own, key=own.get, reverse=True):
        print(f"{key:<32} {own[key] * 1000 / count:6.2f}  {queries[key] / count:4.1f}")


def show_queries(application, name, url, cold=False):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from strategy_site.caching.content_version import bump_version

    check(application, url)
    if cold:
        bump_version()
    with CaptureQueriesContext(connection) as captured:
        get(application, url)
    print(f"\n## {name} ({url}): {len(captured)} queries")
    for query in captured:
        print(f"- {query['sql'][:300]}{' …' if len(query['sql']) > 300 else ''}")
    return captured


def public_urls():
    """Every live page in every language, and the views that are not pages."""
    from django.conf import settings
    from django.utils import translation
    from wagtail.models import Page

    from strategy_site.i18n.localized_urls import url_in_each_language

    urls = []
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                urls.append(page.get_url())
    for name in ("site_search", "full_strategy"):
        urls.extend(url_in_each_language(name).values())
    search = url_in_each_language("site_search")
    urls += [
        f"{search['nl']}?q=samenwerking",
        f"{search['fr']}?q=cooperation",
        f"{search['en']}?q=networks",
        f"{search['en']}?q=zzzz-nothing",
    ]
    return urls


def file_name(url):
    return url.strip("/").replace("/", "__").replace("?", "@") or "root"


def snapshot(application, folder):
    """The HTML of every public URL, rendered twice: cold (after a content change) and warm."""
    from strategy_site.caching.content_version import bump_version

    folder.mkdir(parents=True, exist_ok=True)
    urls = public_urls()
    for url in urls:
        bump_version()
        status, cold = get(application, url)
        status_warm, warm = get(application, url)
        if cold != warm:
            print(f"warning: {url} renders differently cold and warm", file=sys.stderr)
        (folder / (file_name(url) + ".html")).write_bytes(f"<!-- {status} -->\n".encode() + warm)
    return urls


def collapse_whitespace(lines):
    """The text with each run of whitespace made one space: what HTML shows the same."""
    return " ".join(" ".join(lines).split())


def compare(application, reference):
    """Diff every page with the snapshot in `reference`; the number of pages that differ
    other than in the amount of whitespace (indentation) is the exit status."""
    with tempfile.TemporaryDirectory() as workdir:
        current = Path(workdir)
        urls = snapshot(application, current)
        identical = whitespace_only = 0
        for url in urls:
            name = file_name(url) + ".html"
            before = (reference / name).read_text().splitlines()
            after = (current / name).read_text().splitlines()
            if before == after:
                identical += 1
            elif collapse_whitespace(before) == collapse_whitespace(after):
                whitespace_only += 1
            else:
                diff = difflib.unified_diff(
                    before, after, f"before {url}", f"after {url}", lineterm=""
                )
                print("\n".join(diff))
        differing = len(urls) - identical - whitespace_only
        print(
            f"{len(urls)} URLs compared: {identical} identical, {whitespace_only} differ only "
            f"in whitespace, {differing} differ"
        )
        return differing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="requests per batch")
    parser.add_argument("--repeat", type=int, default=5, help="batches per page")
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument(
        "--pages",
        default=",".join(PAGES),
        help="comma-separated page names (bare: robots.txt through the same middleware)",
    )
    parser.add_argument("--profile", metavar="PAGES", help="cProfile these pages (or 'all')")
    parser.add_argument("--queries", action="store_true", help="print each page's SQL")
    parser.add_argument(
        "--lookups",
        action="store_true",
        help="CPU of each per-version lookup a render builds (with --cold: all of them)",
    )
    parser.add_argument(
        "--cold", action="store_true", help="bump the content version before each request"
    )
    parser.add_argument("--dump", metavar="PREFIX", help="save each profile to PREFIX.PAGE.pstats")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key")
    parser.add_argument("--limit", type=int, default=45, help="profile lines to print")
    parser.add_argument(
        "--db",
        type=Path,
        help="SQLite file to reuse (seeded when missing; with --snapshot or --compare, the "
        "seed plus the cases it lacks: keep one file per purpose)",
    )
    parser.add_argument(
        "--postgres", metavar="NAME", help="use PostgreSQL database NAME (seeded when new)"
    )
    parser.add_argument(
        "--bakerydemo",
        type=Path,
        metavar="PATH",
        default=os.environ.get("BAKERYDEMO_SOURCE"),
        help="bakerydemo's source (checkout or git dir): print each page beside its page",
    )
    parser.add_argument("--redis", action="store_true", help=f"cache in {REDIS_URL}")
    parser.add_argument("--snapshot", type=Path, metavar="DIR", help="write every page's HTML")
    parser.add_argument("--compare", type=Path, metavar="DIR", help="diff every page with DIR")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as workdir:
        if args.postgres:
            database_url, is_new = postgres_database(args.postgres)
        else:
            database = args.db.resolve() if args.db else Path(workdir) / "render.sqlite3"
            is_new = not database.exists()
            database_url = f"sqlite:///{database}"
        configure(database_url, args.redis)
        prepare(is_new, edge_cases=bool(args.snapshot or args.compare))
        from strategy_site.wsgi import application

        silence_request_log()
        if args.snapshot:
            urls = snapshot(application, args.snapshot)
            print(f"{len(urls)} pages written to {args.snapshot}")
            return
        if args.compare:
            sys.exit(1 if compare(application, args.compare) else 0)

        pages = {name: PAGES[name] for name in args.pages.split(",")}
        if args.lookups:
            for name, url in pages.items():
                show_lookups(application, name, url, args.requests, args.cold)
            return
        if args.queries:
            for name, url in pages.items():
                show_queries(application, name, url, args.cold)
            return
        medians = measure(application, pages, args.requests, args.repeat, args.warmup, args.cold)
        bakerydemo = bakerydemo_figures(args.bakerydemo, args)
        if bakerydemo is None:
            print_bare_baseline(medians)
            if args.bakerydemo is not None:
                print(f"bakerydemo not measured: {args.bakerydemo} is not on this machine")
        else:
            print_beside_bakerydemo(medians, bakerydemo, args.cold)
        if args.profile:
            names = list(PAGES) if args.profile == "all" else args.profile.split(",")
            for name in names:
                profile(
                    application,
                    name,
                    PAGES[name],
                    args.requests,
                    args.sort,
                    args.limit,
                    args.dump,
                    args.cold,
                )


if __name__ == "__main__":
    main()
