"""Servers the tests run against, each started on 127.0.0.1 by the suite and stopped after it.

- `prism`: Prism, the spec's own mock (scripts/mock), once per session. `prism_judge` records
  every request Prism flags (its `sl-violations` header) and fails the test that sent it.
- `sandbox` / `make_sandbox`: the stateful sandbox (scripts/sandbox), freshly seeded for each
  test, served by uvicorn in a thread of the test process (one server for the session), so
  that tests can read and steer its state directly.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from support import ROOT

from scripts.sandbox import RunningSandbox, SandboxConfig, SandboxHost, sandbox_host

PRISM_STARTUP_SECONDS = 90.0
READY_PREFIX = "mock: ready at "


@dataclass(frozen=True)
class MockServer:
    base_url: str
    log: Path


def read_line_within(process: subprocess.Popen[str], seconds: float) -> str:
    """The next line of a process's stdout, waiting at most `seconds` ("" if none came)."""
    deadline = time.monotonic() + seconds
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if selector.select(timeout=0.5):
                return process.stdout.readline()
            if process.poll() is not None:
                return ""
    return ""


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with log.open("w") as log_file:
        # Its own session, so that stopping it reaches Prism too (scripts/mock's child).
        process = subprocess.Popen(
            [str(ROOT / "scripts" / "mock")],
            stdout=subprocess.PIPE,
            stderr=log_file,
            text=True,
            start_new_session=True,
        )
    try:
        line = read_line_within(process, PRISM_STARTUP_SECONDS)
        if not line.startswith(READY_PREFIX):
            pytest.fail(f"Prism did not start: {line!r}\n{log.read_text()[-3000:]}")
        yield MockServer(line.removeprefix(READY_PREFIX).strip(), log)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)
        if process.stdout is not None:
            process.stdout.close()


@dataclass
class PrismJudge:
    """Prism's verdict on each request it answered: an `sl-violations` header is a violation.

    Install it as an httpx response hook (`hook` for httpx.Client, `async_hook` for
    httpx.AsyncClient). It records rather than raises, because an SDK may catch exceptions
    raised inside its transport and retry them; the fixture fails the test afterwards.
    """

    violations: list[str] = field(default_factory=list)

    def hook(self, response: httpx.Response) -> None:
        verdict = response.headers.get("sl-violations")
        if verdict:
            request = response.request
            self.violations.append(f"{request.method} {request.url}: {verdict}")

    async def async_hook(self, response: httpx.Response) -> None:
        self.hook(response)

    def take(self) -> list[str]:
        """The violations so far, forgotten (for tests that send a bad request on purpose)."""
        found, self.violations = self.violations, []
        return found


@pytest.fixture
def prism_judge() -> Iterator[PrismJudge]:
    judge = PrismJudge()
    yield judge
    if judge.violations:
        pytest.fail("Prism flagged requests as violating the spec:\n" + "\n".join(judge.violations))


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxHost]:
    """One uvicorn server for the session; each test gets a fresh sandbox on it."""
    with sandbox_host() as host:
        yield host


@pytest.fixture
def make_sandbox(sandbox_server: SandboxHost) -> Callable[..., RunningSandbox]:
    """Start a freshly seeded sandbox with the given SandboxConfig fields (one at a time)."""

    def start(**knobs: Any) -> RunningSandbox:
        return sandbox_server.serve(SandboxConfig(**knobs))

    return start


@pytest.fixture
def sandbox(make_sandbox: Callable[..., RunningSandbox]) -> RunningSandbox:
    """A sandbox with the defaults: 60 writes a minute, no faults."""
    return make_sandbox()
