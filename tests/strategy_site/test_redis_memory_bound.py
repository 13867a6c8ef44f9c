"""Redis as docker-compose.yml runs it is bounded, and evicts rather than refusing writes."""

import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
import redis
import yaml

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def compose_redis(tmp_path):
    """redis-server started with the command of the compose file's redis service."""
    command = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["redis"][
        "command"
    ]
    assert command[0] == "redis-server"
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [shutil.which("redis-server"), *command[1:], "--port", str(port), "--bind", "127.0.0.1",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    client = redis.Redis(port=port)
    try:
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield client
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_compose_redis_has_a_memory_limit_and_evicts_least_recently_used(compose_redis):
    limit = int(compose_redis.config_get("maxmemory")["maxmemory"])
    policy = compose_redis.config_get("maxmemory-policy")["maxmemory-policy"]

    assert 0 < limit <= 1024**3
    assert policy == "allkeys-lru"

    # Filled far beyond a (lowered) limit, writes keep succeeding: old pages are evicted.
    compose_redis.config_set("maxmemory", 4 * 1024**2)
    page = b"x" * 12_000
    for number in range(2_000):
        compose_redis.set(f"page:{number}", page)
    assert compose_redis.dbsize() < 2_000
    assert compose_redis.get("page:1999") == page
