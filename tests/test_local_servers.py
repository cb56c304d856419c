"""The servers people start by hand: `make mock` (scripts/mock) and `make sandbox`.

Both serve under the spec's base path (`/v1`, like the API), so one KIRIM_BASE_URL shape works
for both; on a busy port both say so and name the Make variable to change, instead of a false
"ready" line or a traceback.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from urllib.parse import urlparse

import httpx
import pytest
import yaml
from conftest import MockServer
from support import ROOT, SPEC

from scripts.sandbox import RunningSandbox

KEY = "kdv_live_TavbPKwIuqOr69ALEKLNennZ"
BASE_PATH = urlparse(yaml.safe_load(SPEC.read_text())["servers"][0]["url"]).path.rstrip("/")


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port on 127.0.0.1 that another server is listening on."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_the_spec_has_a_base_path() -> None:
    assert BASE_PATH.startswith("/")


def test_prism_serves_under_the_spec_base_path_like_the_sandbox(
    prism: MockServer, sandbox: RunningSandbox
) -> None:
    assert urlparse(prism.base_url).path == BASE_PATH
    assert urlparse(sandbox.base_url).path == BASE_PATH
    headers = {"Authorization": f"Bearer {KEY}"}
    origin = prism.base_url.removesuffix(BASE_PATH)

    assert httpx.get(f"{prism.base_url}/me", headers=headers).status_code == 200
    assert httpx.get(f"{origin}/me", headers=headers).status_code == 404


def test_make_mock_on_a_busy_port_says_so_and_names_mock_port(busy_port: int) -> None:
    result = subprocess.run(
        [ROOT / "scripts" / "mock", "--port", str(busy_port)],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 1
    assert "ready" not in result.stdout
    assert f"127.0.0.1:{busy_port}" in result.stderr
    assert f"MOCK_PORT={busy_port + 1}" in result.stderr


def test_make_sandbox_on_a_busy_port_says_so_and_names_sandbox_port(busy_port: int) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scripts.sandbox", "--port", str(busy_port)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )

    assert result.returncode == 1
    assert "ready" not in result.stdout
    assert "Traceback" not in result.stderr
    assert f"127.0.0.1:{busy_port}" in result.stderr
    assert f"SANDBOX_PORT={busy_port + 1}" in result.stderr
