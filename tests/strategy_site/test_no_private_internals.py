"""The project reads no private attribute of Django, Wagtail or modelcluster."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIPPED = {".venv", "var", "node_modules", ".git", "static"}

# Attributes that caching layers reached for, and others of the same kind: each has a
# public way (a queryset method, prefetch_related, Site.find_for_request, get_host...).
PRIVATE_ATTRIBUTES = [
    "_result_cache",
    "_prefetch_related_lookups",
    "_prefetched_objects_cache",
    "_known_related_objects",
    "_cluster_related_objects",
    "fields_cache",
    "_wagtail_site",
    "_wagtail_route_for_request",
    "_wagtail_cached_site_root_paths",
    "_get_raw_host",
    "_get_site_root_paths",
    "_get_relevant_site_root_paths",
]
PATTERN = re.compile(r"\.(" + "|".join(map(re.escape, PRIVATE_ATTRIBUTES)) + r")\b")


def project_files():
    for path in ROOT.rglob("*"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in SKIPPED or path.suffix not in {".py", ".html"}:
            continue
        if path == Path(__file__).resolve():
            continue
        yield path, relative


def test_no_code_reads_a_known_private_attribute():
    found = [
        f"{relative}:{number}: {line.strip()}"
        for path, relative in project_files()
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1)
        if PATTERN.search(line)
    ]
    assert found == []


def test_the_search_finds_what_it_looks_for():
    line = "restrictions._result_cache = []"
    assert PATTERN.search(line)
    assert not PATTERN.search("restrictions.result_cache = []")
