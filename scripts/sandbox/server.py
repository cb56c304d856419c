"""Sandboxes served by uvicorn in a background thread, for the tests, the demo and the
contract run (scripts/gates/contract.py).

The socket is bound (port 0: the kernel picks a free one) and listening before uvicorn starts,
so there is no race for the port; readiness is uvicorn's own `started` flag, polled.

A `SandboxHost` keeps one server running and swaps in a fresh sandbox for each test (stopping
uvicorn takes a fifth of a second; swapping an app takes nothing). `running_sandbox` is the
one-off form: a host with one sandbox, stopped when the block ends.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn
from starlette.types import Receive, Scope, Send

from .app import Sandbox
from .config import SandboxConfig
from .world import SeedIds

STARTUP_TIMEOUT_SECONDS = 15.0
SHUTDOWN_TIMEOUT_SECONDS = 15.0


@dataclass(frozen=True)
class RunningSandbox:
    sandbox: Sandbox
    base_url: str  # e.g. http://127.0.0.1:41234/v1, the client's base_url

    @property
    def seed(self) -> SeedIds:
        return self.sandbox.seed


def listening_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Connections inherit this: without it, a response's headers and body, written apart,
    # wait out the client's delayed ACK (~40 ms a request on Linux).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def uvicorn_server(app: object, log_level: str = "warning") -> uvicorn.Server:
    # lifespan off: the app has no startup work; h11: pure Python, the same everywhere;
    # asgi3 said outright, as uvicorn cannot tell it from a bound method.
    config = uvicorn.Config(app, log_level=log_level, lifespan="off", http="h11", interface="asgi3")
    return uvicorn.Server(config)


class SandboxHost:
    """One uvicorn server in a thread, serving whichever sandbox was started last."""

    def __init__(self) -> None:
        self._sandbox: Sandbox | None = None
        self._socket = listening_socket()
        self._server = uvicorn_server(self._app)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="sandbox", daemon=True
        )
        host, port = self._socket.getsockname()[:2]
        self.origin = f"http://{host}:{port}"

    async def _app(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert self._sandbox is not None, "no sandbox started on this host"
        await self._sandbox.app(scope, receive, send)

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox did not start; see uvicorn's log above")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._sandbox is not None:
            self._sandbox.webhooks.close()
        if self._thread.is_alive():
            self._server.should_exit = True
            self._thread.join(SHUTDOWN_TIMEOUT_SECONDS)
        self._socket.close()

    def serve(self, config: SandboxConfig | None = None) -> RunningSandbox:
        """A freshly seeded sandbox, replacing the previous one."""
        if self._sandbox is not None:
            self._sandbox.webhooks.close()  # its retries must not reach the next test
        self._sandbox = Sandbox(config)
        return RunningSandbox(self._sandbox, self.origin + self._sandbox.base_path)


@contextmanager
def sandbox_host() -> Iterator[SandboxHost]:
    host = SandboxHost()
    try:
        host.start()
        yield host
    finally:
        host.stop()


@contextmanager
def running_sandbox(config: SandboxConfig | None = None) -> Iterator[RunningSandbox]:
    """A fresh sandbox on 127.0.0.1 and a free port, stopped when the block ends."""
    with sandbox_host() as host:
        yield host.serve(config)
