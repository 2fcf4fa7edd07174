"""A tiny loopback HTTP server for the push tests: answers a scripted list of statuses,
optionally asks for basic authentication, and records every request it gets."""
from __future__ import annotations

import base64
import gc
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Stub:
    """`statuses` are answered in order (the last one repeats); `auth` = (user, password)
    makes every request without those basic credentials a 401; `body` is sent with
    every error answer; `delay` holds each answer back so long (seconds)."""

    statuses: list[int] = field(default_factory=lambda: [204])
    auth: tuple[str, str] | None = None
    body: bytes = b""
    delay: float = 0.0
    requests: list[Seen] = field(default_factory=list)
    passed: int = 0  # requests that got past authentication

    def __post_init__(self) -> None:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                stub.requests.append(Seen(self.command, self.path, dict(self.headers), body))
                if stub.delay:
                    time.sleep(stub.delay)
                if stub.auth:
                    want = "Basic " + base64.b64encode(":".join(stub.auth).encode()).decode()
                    if self.headers.get("Authorization") != want:
                        self._send(401, b"login required", {"WWW-Authenticate": 'Basic realm="stub"'})
                        return
                stub.passed += 1
                status = stub.statuses[min(stub.passed - 1, len(stub.statuses) - 1)]
                self._send(status, b"" if status < 300 else stub.body)

            def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body and self.command != "HEAD":
                    self.wfile.write(body)

            do_GET = do_PUT = do_POST = do_DELETE = _answer

            def log_message(self, *args) -> None:  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> "Stub":
        # collect earlier tests' garbage here, in the main thread: pyoxigraph's objects must
        # not be dropped by a collection that happens to run in the server's thread
        gc.collect()
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
