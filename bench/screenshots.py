"""Screenshots of every public page type, in every language, at five widths, for review.

    make screenshots                       # seeds the SQLite site, serves it, shoots
    .venv/bin/python bench/screenshots.py --base-url http://127.0.0.1:8000

Without --base-url the script serves the site itself (manage.py runserver on a free
port). Files go to var/screens/<width>/<page type>-<language>.png. Nothing is compared:
the images are for people to look at.
"""

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WIDTHS = (320, 375, 768, 1280, 1920)
CHROMIUM = "/usr/bin/chromium"


def page_urls():
    """{page type: {language: path}}. "search" is the search page as a visitor lands on it
    (no query); "search-results" is a page of results."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "strategy_site.settings.dev")
    import django

    # tests.pages reads the seed file, whose check looks up the models.
    django.setup()
    from tests.pages import NON_PAGE_URLS, SEEDED_URLS

    urls = {**SEEDED_URLS, **NON_PAGE_URLS}
    search = urls.pop("search-page")
    # Words the pages use, accents included: the SQLite dev database does not fold accents,
    # and a page of results should show results.
    words = {"nl": "strategie", "fr": "strat%C3%A9gie", "en": "strategy"}
    return {
        **urls,
        "search": search,
        "search-results": {code: f"{path}?q={words[code]}" for code, path in search.items()},
        "not-found": {"nl": "/nl/bestaat-niet/", "fr": "/fr/nexiste-pas/", "en": "/en/missing/"},
    }


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def served_site():
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "strategy_site.settings.review"}
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(100):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)  # noqa: S310 (loopback)
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def shoot(base_url, out_dir, widths, types):
    from playwright.sync_api import sync_playwright

    urls = page_urls()
    count = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width in widths:
            folder = out_dir / str(width)
            folder.mkdir(parents=True, exist_ok=True)
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            for name, per_language in urls.items():
                if types and name not in types:
                    continue
                for language, path in per_language.items():
                    page.goto(f"{base_url}{path}")
                    page.screenshot(path=folder / f"{name}-{language}.png", full_page=True)
                    count += 1
            context.close()
        browser.close()
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="a running site; by default one is started")
    parser.add_argument("--out", default=str(ROOT / "var" / "screens"))
    parser.add_argument("--width", type=int, action="append", help="only these widths")
    parser.add_argument("--type", action="append", help="only these page types")
    args = parser.parse_args()
    widths = args.width or WIDTHS
    if args.base_url:
        count = shoot(args.base_url, Path(args.out), widths, args.type)
    else:
        with served_site() as base_url:
            count = shoot(base_url, Path(args.out), widths, args.type)
    print(f"{count} screenshots in {args.out}")


if __name__ == "__main__":
    main()
