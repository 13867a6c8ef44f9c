"""A fixture recording every key the cache is asked to write during a test."""

import pytest
from django.core.cache import caches


@pytest.fixture(name="cache_writes")
def cache_writes_fixture(monkeypatch):
    """The keys every cache write of the request made (set, add, set_many, incr)."""
    backend = caches["default"]
    written = []

    def spy(name):
        original = getattr(backend, name)

        def recording(key, *args, **kwargs):
            written.extend(key if isinstance(key, dict) else [key])
            return original(key, *args, **kwargs)

        monkeypatch.setattr(backend, name, recording)

    for name in ("set", "add", "set_many", "incr", "get_or_set"):
        spy(name)
    return written


def page_keys(written):
    return {key for key in written if key.startswith("page:")}
