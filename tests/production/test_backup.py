"""A backup restored into a fresh PostgreSQL database serves every page identically."""

import json

from . import stack

LIST_PAGE_URLS = """
import json
from django.utils import translation
from wagtail.models import Page
urls = []
for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
    for language in ("nl", "fr", "en"):
        with translation.override(language):
            urls.append(page.get_url())
print(json.dumps(urls))
"""


def page_urls(env):
    output = stack.manage(env, "shell", "-c", LIST_PAGE_URLS).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_backup_restored_into_a_fresh_database_renders_every_page_identically(
    production_stack,
):
    source = production_stack
    media_file = source.workdir / "media" / "documents" / "backup-check.txt"
    media_file.parent.mkdir(parents=True, exist_ok=True)
    media_file.write_bytes(b"kept across a restore")

    archive = stack.manage(
        source.env, "backup_site", "--output-dir", str(source.workdir / "backups")
    ).stdout.strip()
    source.postgres.create_database("strategy_restored")
    restored_env = stack.production_env(
        source.postgres.url("strategy_restored"),
        source.redis.url(db=1),  # a cache of its own: nothing shared
        source.workdir / "restored-media",
        STATIC_ROOT=source.env["STATIC_ROOT"],  # collected once, for both servers
    )
    stack.manage(restored_env, "restore_site", archive)
    restored = stack.Gunicorn(restored_env, source.workdir / "restored.log")
    restored.start()
    try:
        urls = page_urls(source.env)
        assert urls == page_urls(restored_env)
        assert len(urls) >= 3 * 11
        for url in urls:
            original = source.get(url)
            copy = stack.request(restored.port, url)
            assert original.status == copy.status == 200, url
            assert original.body == copy.body, url
    finally:
        restored.stop()

    restored_file = source.workdir / "restored-media" / "documents" / "backup-check.txt"
    assert restored_file.read_bytes() == b"kept across a restore"
