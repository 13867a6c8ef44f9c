"""The "edge" rows of bench/run.py: Varnish with deploy/varnish/default.vcl in front of gunicorn.

varnishd takes free ports from the OS; its backend is the gunicorn the bench is measuring
(written to a backend.vcl of its own, found first on vcl_path). Rows are measured with
`Connection: close` and with keep-alive, as the nginx rows they are compared with.
"""

import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VCL_DIR = ROOT / "deploy" / "varnish"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def varnish(backend_port):
    """(port, pids) of a varnishd in front of 127.0.0.1:backend_port, or None without varnishd."""
    varnishd = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")
    if varnishd is None:
        yield None
        return
    workdir = Path(tempfile.mkdtemp(prefix="bench-varnish-"))
    workdir.chmod(0o755)  # varnishd compiles the VCL as its own user
    backend = workdir / "backend.vcl"
    backend.write_text(
        f'backend default {{ .host = "127.0.0.1"; .port = "{backend_port}"; }}\n'
        'acl ban_senders { "127.0.0.1"; }\n'
    )
    backend.chmod(0o644)
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [varnishd, "-F", "-n", str(workdir / "state"), "-a", f"127.0.0.1:{port},HTTP",
         "-p", f"vcl_path={workdir}:{VCL_DIR}", "-f", str(VCL_DIR / "default.vcl"),
         "-s", "malloc,64m"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield port, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


def edge_rows(backend_port, path, seconds, measure, process_tree):
    """Rows for `path` served by Varnish from its cache, closing and keeping connections."""
    with varnish(backend_port) as edge:
        if edge is None:
            return []
        port, pid = edge
        url = f"http://127.0.0.1:{port}{path}"
        pids = process_tree(pid)
        return [
            ("home, edge (Varnish), Connection: close", measure(url, pids, seconds)),
            ("home, edge (Varnish), keep-alive", measure(url, pids, seconds, keep_alive=True)),
        ]
