"""A stand-in for an HTTP endpoint the site calls (a cache's ban or purge address)."""

import contextlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextlib.contextmanager
def recording_server(method, record):
    """A server on a free loopback port (port 0: the OS picks it) answering `method` with 200.

    Yields its base URL and a list that receives `record(handler)` for each request.
    """
    received = []

    class Recorder(BaseHTTPRequestHandler):
        def answer(self):
            received.append(record(self))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            """Silent: the tests read what was received, not the server's log."""

    setattr(Recorder, f"do_{method}", Recorder.answer)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()
