"""Ports for the servers tests start: always one the OS hands out, never a fixed number.

Two runs of the suite on one machine (or two xdist workers) then never collide. A server
in this process binds port 0 itself (`LiveServer("localhost:0")`, `HTTPServer((host, 0))`)
and reads the port back; `free_port()` is for a server started in another process
(gunicorn, redis-server, PostgreSQL), which needs the number on its command line.
"""

import socket


def free_port():
    """A loopback port that was free a moment ago (the OS picks it; it is released at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
