"""Page speed: gunicorn (production settings, 2 sync workers) against a bare view and nginx.

Run with `make bench`. For each database (SQLite, then the machine's PostgreSQL) and each
content size (the seed, then the seed plus `generate_demo_content --pages 500`), it drives
load with wrk over loopback and prints, per row: requests per second, p50 and p99 latency,
server CPU milliseconds per request (CPU time of the server processes ÷ requests, steadier
than requests per second on a shared machine), and the ratios against the bare view
(robots.txt through the same middleware) and against nginx serving the saved home HTML.
The "edge" rows serve the home page through Varnish with the repository's VCL
(bench/edge.py), with `Connection: close` and with keep-alive; keep-alive rows are compared
with nginx keeping connections too. Every figure is measured in the same run; nothing here
is a test.
"""

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from edge import edge_rows  # bench/edge.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
PORT = 18600
NGINX_PORT = 18601
REDIS_URL = "redis://127.0.0.1:6379/9"
PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
PAGES = {
    "home": "/fr/",
    "objective": "/en/objectives/cooperation-with-flanders-and-wallonia/",
    "partners": "/nl/partners/",
    "search": "/fr/recherche/?q=cooperation",
}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def sh(*args, env=None, check=True):
    return subprocess.run(  # noqa: S603
        list(args), cwd=ROOT, env=env, check=check, capture_output=True, text=True
    )


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS


def process_tree(pid):
    pids = [pid]
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        pids.extend(process_tree(int(child)))
    return pids


def wrk(url, seconds, connections=8, keep_alive=False):
    result = sh(
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-H",
        "Connection: keep-alive" if keep_alive else "Connection: close",
        "-H",
        "X-Forwarded-Proto: https",
        "-H",
        "Host: 127.0.0.1",
        url,
    )
    out = result.stdout
    requests_done = int(re.search(r"(\d+) requests in", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"timeout (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {
        "requests": requests_done,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": parse_latency(latency(out, "50%")),
        "p99": parse_latency(latency(out, "99%")),
        "errors": (int(errors.group(1)) if errors else 0)
        + (int(timeouts.group(1)) if timeouts else 0),
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def latency(out, percentile):
    # Anchored: "78.50%" in the thread-stats table must not be read as the 50th percentile.
    found = re.search(rf"^\s*{percentile}\s+(\S+)", out, re.MULTILINE)
    return found.group(1) if found else ""


def parse_latency(text):
    """wrk's latency ("812.00us", "1.53s"); NaN when no request completed."""
    match = re.match(r"([\d.]+)(us|ms|s)$", text)
    if match is None:
        return float("nan")
    value, unit = match.groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def measure(url, pids, seconds, keep_alive=False):
    wrk(url, 1)  # warm up: fill caches, load code
    before = cpu_seconds(pids)
    figures = wrk(url, seconds, keep_alive=keep_alive)
    if figures["errors"]:
        print(f"warning: {figures['errors']} non-2xx/3xx answers from {url}", file=sys.stderr)
    figures["cpu_ms"] = (cpu_seconds(pids) - before) * 1000 / max(figures["requests"], 1)
    return figures


class Server:
    def __init__(self, env, page_cache, app="strategy_site.wsgi:application"):
        self.env = {**env, "PAGE_CACHE": "on" if page_cache else "off"}
        self.app = app

    def __enter__(self):
        self.process = subprocess.Popen(  # noqa: S603
            [
                GUNICORN,
                self.app,
                "-b",
                f"127.0.0.1:{PORT}",
                "-w",
                "2",
                "--worker-class",
                "sync",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{PORT}/robots.txt", headers={"X-Forwarded-Proto": "https"}
                )
                urllib.request.urlopen(request, timeout=5)  # noqa: S310
                break
            except urllib.error.HTTPError:
                break  # answering, even with an error status
            except OSError:
                time.sleep(0.3)
        time.sleep(1)
        self.pids = process_tree(self.process.pid)
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def fetch(path):
    request = urllib.request.Request(
        f"http://127.0.0.1:{PORT}{path}", headers={"X-Forwarded-Proto": "https"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.read()


def nginx_row(html, seconds, workdir, keep_alive=False):
    if not shutil.which("nginx"):
        return None
    site = workdir / "nginx"
    (site / "www").mkdir(parents=True, exist_ok=True)
    # nginx's workers run as an unprivileged user: they must be able to read the page.
    for folder in (workdir, site, site / "www"):
        folder.chmod(0o755)
    (site / "www" / "index.html").write_bytes(html)
    conf = site / "nginx.conf"
    conf.write_text(
        f"""worker_processes 2;
pid {site}/nginx.pid;
error_log {site}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    server {{
        listen 127.0.0.1:{NGINX_PORT};
        root {site}/www;
        keepalive_timeout {"60s" if keep_alive else "0"};
    }}
}}
"""
    )
    process = subprocess.Popen(  # noqa: S603
        ["nginx", "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    try:
        return measure(
            f"http://127.0.0.1:{NGINX_PORT}/index.html",
            process_tree(process.pid),
            seconds,
            keep_alive=keep_alive,
        )
    finally:
        process.terminate()
        process.wait(timeout=10)


def redis_down_row(env, seconds):
    """The home page while Redis is down: the cache's circuit breaker should keep it at
    ≥ 50 % of the uncached rate (strategy_site/caching/cache_breaker.py)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Once the probe is closed nothing listens there: every connection to Redis is refused.
    down_env = {**env, "REDIS_URL": f"redis://127.0.0.1:{port}/0"}
    with Server(down_env, page_cache=True) as server:
        figures = measure(f"http://127.0.0.1:{PORT}{PAGES['home']}", server.pids, seconds)
    return ("home, Redis down (target ≥ 0.5 × home, uncached)", figures)


def prepare_database(kind, pages, workdir):
    if kind == "sqlite":
        url = f"sqlite:///{workdir}/bench-{pages}.sqlite3"
    else:
        import psycopg

        name = f"strategy_bench_{pages}"
        with psycopg.connect(
            "host=127.0.0.1 user=postgres dbname=postgres", autocommit=True
        ) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
        url = f"postgres://postgres@127.0.0.1:5432/{name}"
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "strategy_site.settings.production",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": url,
        "REDIS_URL": REDIS_URL,
    }
    sh(PYTHON, "manage.py", "migrate", "--noinput", env=env)
    sh(PYTHON, "manage.py", "load_strategy", env=env)
    sh(PYTHON, "manage.py", "collectstatic", "--noinput", env=env)
    if pages:
        sh(PYTHON, "manage.py", "generate_demo_content", "--pages", str(pages), env=env)
    return env


def run_configuration(kind, pages, seconds, workdir):
    env = prepare_database(kind, pages, workdir)
    sh("redis-cli", "-n", REDIS_URL.rsplit("/", 1)[1], "flushdb")
    rows = []
    with Server(env, page_cache=True) as server:
        home_html = fetch(PAGES["home"])
        rows.append(
            (
                "bare view (robots.txt)",
                measure(f"http://127.0.0.1:{PORT}/robots.txt", server.pids, seconds),
            )
        )
        for name, path in PAGES.items():
            rows.append(
                (f"{name}, cached", measure(f"http://127.0.0.1:{PORT}{path}", server.pids, seconds))
            )
        rows += edge_rows(PORT, PAGES["home"], seconds, measure, process_tree)
    with Server(env, page_cache=False) as server:
        for name, path in PAGES.items():
            rows.append(
                (
                    f"{name}, uncached",
                    measure(f"http://127.0.0.1:{PORT}{path}", server.pids, seconds),
                )
            )
    rows.append(redis_down_row(env, seconds))
    saved_page = workdir / "saved-home.html"
    saved_page.write_bytes(home_html)
    floor_env = {**env, "BENCH_SAVED_PAGE": str(saved_page)}
    with Server(floor_env, page_cache=False, app="bench.saved_page_app:application") as server:
        rows.append(
            (
                "gunicorn alone, saved home HTML",
                measure(f"http://127.0.0.1:{PORT}/", server.pids, seconds),
            )
        )
    nginx = nginx_row(home_html, seconds, workdir)
    if nginx:
        rows.append(("nginx, saved home HTML", nginx))
        rows.append(
            ("nginx, saved home HTML, keep-alive", nginx_row(home_html, seconds, workdir, True))
        )
    return rows


def print_table(title, rows):
    bare = next(figures for name, figures in rows if name.startswith("bare"))
    nginx = next((figures for name, figures in rows if name.startswith("nginx")), None)
    # Keep-alive rows are compared with nginx keeping connections too.
    nginx_kept = next(
        (f for name, f in rows if name.startswith("nginx") and "keep-alive" in name), nginx
    )
    print(f"\n## {title}\n")
    print("| row | req/s | p50 ms | p99 ms | CPU ms/req | ×bare req/s | ×nginx req/s | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, f in rows:
        reference = nginx_kept if "keep-alive" in name else nginx
        vs_nginx = f"{f['rps'] / reference['rps']:.2f}" if reference else "n/a"
        print(
            f"| {name} | {f['rps']:.0f} | {f['p50']:.2f} | {f['p99']:.2f} | {f['cpu_ms']:.2f} "
            f"| {f['rps'] / bare['rps']:.2f} | {vs_nginx} | {f['errors']} |"
        )


def main():
    global PORT, NGINX_PORT, REDIS_URL  # noqa: PLW0603 (module settings of this script)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8, help="wrk duration per row")
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--sizes", default="0,500", help="demo pages added: 0 = the seed only")
    # Another port and Redis database let the benchmark run beside other work.
    parser.add_argument("--port", type=int, default=PORT, help="gunicorn's; nginx takes the next")
    parser.add_argument("--redis-db", type=int, default=int(REDIS_URL.rsplit("/", 1)[1]))
    args = parser.parse_args()
    PORT, NGINX_PORT = args.port, args.port + 1
    REDIS_URL = f"redis://127.0.0.1:6379/{args.redis_db}"
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk (Debian package), then run make bench again.")
    results = {}
    with tempfile.TemporaryDirectory() as workdir:
        for kind in args.databases.split(","):
            for pages in [int(size) for size in args.sizes.split(",")]:
                title = f"{kind}, seed + {pages} demo pages" if pages else f"{kind}, seed"
                print(f"… measuring {title}", file=sys.stderr, flush=True)
                results[(kind, pages)] = run_configuration(kind, pages, args.seconds, Path(workdir))
                print_table(title, results[(kind, pages)])
    for kind in args.databases.split(","):
        sizes = sorted(pages for k, pages in results if k == kind)
        if len(sizes) > 1:
            base, grown = results[(kind, sizes[0])], results[(kind, sizes[-1])]
            print(f"\n{kind}: CPU ms/req with {sizes[-1]} demo pages vs the seed:")
            for (name, small), (_, large) in zip(base, grown, strict=True):
                print(f"  {name}: {large['cpu_ms'] / small['cpu_ms']:.2f}×")


if __name__ == "__main__":
    main()
