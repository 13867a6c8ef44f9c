"""Throwaway PostgreSQL, Redis and gunicorn (production settings) for this test session.

Everything listens on 127.0.0.1 on ports the OS hands out, lives in a temporary directory
of the session and is stopped at the end, so nothing else on the machine is touched and two
runs side by side never meet.
PostgreSQL refuses to run as root, so its cluster belongs to the `postgres` user.
"""

import glob
import http.client
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
HOST = "strategy.example.org"


def postgres_bin(name):
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    if not versions:
        raise RuntimeError("PostgreSQL server binaries are missing (apt-get install postgresql)")
    return os.path.join(versions[-1], name)


def wait_for(check, timeout=30, interval=0.2, what="service"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(interval)
    raise TimeoutError(f"{what} did not come up within {timeout} s")


def port_open(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


class ThrowawayPostgres:
    def __init__(self):
        self.port = free_port()
        # Not under pytest's tmp_path: that is private to root (0700), and the cluster
        # belongs to `postgres`. mkdtemp gives a directory unique to this run.
        self.dir = Path(tempfile.mkdtemp(prefix="strategy-test-pg-"))
        shutil.chown(self.dir, "postgres", "postgres")
        self.data = self.dir / "data"
        self.as_postgres(postgres_bin("initdb"), "-D", self.data, "-U", "postgres",
                         "-A", "trust", "--no-sync", "-E", "UTF8")  # fmt: skip

    def as_postgres(self, *command, check=True):
        return subprocess.run(
            ["runuser", "-u", "postgres", "--", *map(str, command)],
            check=check, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    def url(self, database="strategy"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def start(self):
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off -c synchronous_commit=off")  # fmt: skip
        self.as_postgres(postgres_bin("pg_ctl"), "-D", self.data, "-l", self.dir / "log",
                         "-o", options, "-w", "start")  # fmt: skip

    def stop(self):
        self.as_postgres(postgres_bin("pg_ctl"), "-D", self.data, "-m", "immediate", "-w",
                         "stop", check=False)  # fmt: skip
        wait_for(lambda: not port_open(self.port), what="PostgreSQL shutdown")

    def create_database(self, name, template=None):
        options = ["-T", template] if template else []
        self.as_postgres(postgres_bin("createdb"), "-h", "127.0.0.1", "-p", self.port,
                         *options, name)  # fmt: skip

    def destroy(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class ThrowawayRedis:
    def __init__(self):
        self.port = free_port()
        self.process = None

    def url(self, db=0):
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for(lambda: port_open(self.port), what="Redis")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


def production_env(database_url, redis_url, media_root, **extra):
    return {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "strategy_site.settings.production",
        "DJANGO_SECRET_KEY": "production-test-" + "k" * 50,
        "DJANGO_ALLOWED_HOSTS": HOST,
        "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "MEDIA_ROOT": str(media_root),
        "SECURITY_CONTACT": "mailto:security-test@example.org",
        **extra,
    }


def manage(env, *args, timeout=300):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


@dataclass
class Gunicorn:
    env: dict
    log_path: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = field(default=None)
    workers: int = 2

    def start(self):
        self.log = open(self.log_path, "a")  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "strategy_site.wsgi:application",
             "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers), "--timeout", "30"],
            cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_for(lambda: self.healthy(), timeout=60, what="gunicorn")

    def healthy(self):
        if self.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {self.log_path.read_text()[-3000:]}")
        try:
            return request(self.port, "/healthz").status == 200
        except OSError:
            return False

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.log.close()

    def restart(self):
        self.stop()
        self.start()

    def log_text(self):
        return self.log_path.read_text()


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def header_list(self, name):
        return self.headers.get_all(name) or []


def send_raw(port, raw, timeout=30):
    """Send bytes exactly as given (NUL bytes, broken request lines) and read the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(raw)
        response = http.client.HTTPResponse(sock, method=raw.split(b" ", 1)[0].decode("latin-1"))
        response.begin()
        return Response(response.status, response.headers, response.read())


def request(port, target, method="GET", headers=None, https=True, host=HOST, body=b""):
    """An HTTP/1.1 request as the TLS-terminating proxy forwards it."""
    lines = [f"{method} {target} HTTP/1.1".encode("latin-1")]
    base = {"Host": host, "Connection": "close"}
    if https:
        base["X-Forwarded-Proto"] = "https"
    for name, value in {**base, **(headers or {})}.items():
        if value is not None:
            lines.append(name.encode("latin-1") + b": " + value.encode("latin-1"))
    if isinstance(body, str):
        body = body.encode()
    return send_raw(port, b"\r\n".join(lines) + b"\r\n\r\n" + body)
