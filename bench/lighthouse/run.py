"""Lighthouse 12 scores of the main page types, three languages, mobile and desktop.

    make lighthouse
    .venv/bin/python bench/lighthouse/run.py --base-url http://127.0.0.1:8000

Lighthouse comes from this folder's package.json (`npm ci` here), Chromium from Debian
(CHROME_PATH=/usr/bin/chromium). Without --base-url the script serves the seeded dev
site itself with DEBUG off (strategy_site/settings/review.py). Prints one table of the
four category scores; the JSON reports go to var/lighthouse/. A benchmark, not a test.

The table measures the search page as a visitor lands on it (no query). A page of search
results follows in rows of its own, outside the target: it carries `noindex` on purpose
(search engines are asked to keep internal results out of their index), so Lighthouse's
is-crawlable audit fails there by design and its SEO score is not 100.
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from screenshots import page_urls, served_site  # noqa: E402

LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGE_TYPES = ("home", "objective-1", "partners", "contact", "search")
# Measured after the table, and reported apart: noindexed by design (see above).
NOINDEXED_TYPES = ("search-results",)
FORM_FACTORS = ("mobile", "desktop")
ATTEMPTS = 3


def audit(url, form_factor, report_path):
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report_path}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless --no-sandbox --disable-gpu",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    for attempt in range(ATTEMPTS):
        # Lighthouse sometimes loses its trace on a busy machine (NO_NAVSTART): run again.
        done = subprocess.run(command, env=env, check=False, timeout=300)  # noqa: S603
        if done.returncode == 0:
            break
        print(f"lighthouse failed on {url} (attempt {attempt + 1})", file=sys.stderr)
    else:
        return {name: "error" for name in CATEGORIES}, ["lighthouse-error"]
    report = json.loads(report_path.read_text())
    scores = {name: report["categories"][name]["score"] for name in CATEGORIES}
    failing = [
        audit_id
        for category in CATEGORIES
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] and (report["audits"][(audit_id := ref["id"])]["score"] or 0) < 1
    ]
    return {name: round(score * 100) for name, score in scores.items()}, failing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="a running site; by default one is started")
    parser.add_argument("--type", action="append", help="only these page types")
    parser.add_argument("--language", action="append", help="only these languages")
    parser.add_argument(
        "--form-factor", action="append", choices=FORM_FACTORS, help="only these form factors"
    )
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: cd bench/lighthouse && npm ci")
    out = ROOT / "var" / "lighthouse"
    out.mkdir(parents=True, exist_ok=True)
    urls = page_urls()

    def row(page_type, language, form_factor, base_url):
        report = out / f"{page_type}-{language}-{form_factor}.json"
        url = f"{base_url}{urls[page_type][language]}"
        scores, failing = audit(url, form_factor, report)
        cells = " | ".join(str(scores[name]) for name in CATEGORIES)
        print(
            f"| {page_type} | {language} | {form_factor} | {cells} | "
            f"{', '.join(failing) or '–'} |",
            flush=True,
        )

    def run(base_url):
        header = f"| page | lang | form factor | {' | '.join(CATEGORIES)} | below 1 |"
        rule = f"|---|---|---|{'---|' * len(CATEGORIES)}---|"
        languages = args.language or ("nl", "fr", "en")
        form_factors = args.form_factor or FORM_FACTORS
        print(header, rule, sep="\n")
        for page_type in args.type or PAGE_TYPES:
            for language in languages:
                for form_factor in form_factors:
                    row(page_type, language, form_factor, base_url)
        if args.type:
            return
        print(
            "\nSearch results (a query given): noindex on purpose, so is-crawlable fails "
            "and SEO is below 100 by design.\n"
        )
        print(header, rule, sep="\n")
        for page_type in NOINDEXED_TYPES:
            for language in languages:
                for form_factor in form_factors:
                    row(page_type, language, form_factor, base_url)

    if args.base_url:
        run(args.base_url)
    else:
        with served_site() as base_url:
            run(base_url)


if __name__ == "__main__":
    main()
