"""A real HTTP server on 127.0.0.1 that records each request and answers from a script.

It proves what the client puts on the wire (method, path, headers, body) over a real socket,
which mocked transports cannot.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Script:
    """Replies to give, in order: (status, headers, body); ``None`` drops the connection."""

    replies: list[tuple[int, dict[str, str], bytes] | None] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            self._answer()

        def do_GET(self) -> None:
            self._answer()

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            script.requests.append(
                Recorded(
                    self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
                )
            )
            reply = script.replies.pop(0) if script.replies else (500, {}, b"{}")
            if reply is None:  # a dropped connection: no status line at all
                self.close_connection = True
                self.connection.shutdown(2)
                return
            status, headers, payload = reply
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            return None

    return Handler


@contextmanager
def recording_server() -> Iterator[tuple[str, Script]]:
    """Yield (base URL ending in /v1, script); the server stops when the block ends."""
    script = Script()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", script
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
