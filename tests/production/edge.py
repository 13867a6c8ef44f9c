"""A real varnishd with the repository's VCL (deploy/varnish/), in front of a test gunicorn.

It takes free ports from the OS: one for visitors, one for the application's bans (the
listen address the VCL names "ban"). The backend is written to a backend.vcl of its own,
found first on vcl_path, in place of the compose one.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.ports import free_port

from . import stack

VCL_DIR = stack.ROOT / "deploy" / "varnish"



class Varnish:
    def __init__(self, backend_port):
        self.backend_port = backend_port
        self.port = free_port()
        self.ban_port = free_port()
        self.process = None
        self.workdir = None

    @property
    def ban_url(self):
        return f"http://127.0.0.1:{self.ban_port}/"

    def start(self):
        varnishd = shutil.which("varnishd") or (
            "/usr/sbin/varnishd" if os.access("/usr/sbin/varnishd", os.X_OK) else None
        )
        if varnishd is None:
            raise RuntimeError("varnishd is missing: apt-get install -y varnish (see .ci/run)")
        # varnishd drops to its own user: the work directory must be readable by it.
        self.workdir = Path(tempfile.mkdtemp(prefix="strategy-varnish-"))
        self.workdir.chmod(0o755)
        (self.workdir / "backend.vcl").write_text(
            f'backend default {{ .host = "127.0.0.1"; .port = "{self.backend_port}"; }}\n'
            'acl ban_senders { "127.0.0.1"; }\n'
        )
        (self.workdir / "backend.vcl").chmod(0o644)
        self.log = open(self.workdir / "varnishd.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(  # noqa: S603
            [varnishd, "-F", "-n", str(self.workdir / "state"),
             "-a", f"http=127.0.0.1:{self.port},HTTP", "-a", f"ban=127.0.0.1:{self.ban_port},HTTP",
             "-p", f"vcl_path={self.workdir}:{VCL_DIR}", "-f", str(VCL_DIR / "default.vcl"),
             "-s", "malloc,64m"],
            stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        stack.wait_for(self.ready, timeout=60, what="varnishd")

    def ready(self):
        if self.process.poll() is not None:
            raise RuntimeError(f"varnishd exited: {(self.workdir / 'varnishd.log').read_text()}")
        return stack.port_open(self.port)

    def get(self, target, **kwargs):
        return stack.request(self.port, target, **kwargs)

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.log.close()
        if self.workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)
