"""Generate a client from a fixture spec under tests/fixtures/generator/ and drive it offline.

Each fixture's package is generated once per session into a temporary directory and imported
under a name of its own (``fixture_<name>``), beside the real ``kirimchat``: the generated
code imports itself only relatively, so both live in one process.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from support import ROOT, run_script

FIXTURES = ROOT / "tests" / "fixtures" / "generator"
BASE_URL = "https://fixture.invalid/v1"


def generate_package(fixture: str, out: Path, spec: Path | None = None) -> ModuleType:
    """Generate ``fixtures/generator/<fixture>.yaml`` (or ``spec``, an edited copy of it) into
    ``out`` and import its package as ``fixture_<fixture>``."""
    result = run_script("generation", "--spec", spec or FIXTURES / f"{fixture}.yaml", "--out", out)
    assert result.returncode == 0, result.stderr
    name = f"fixture_{fixture}"
    spec = importlib.util.spec_from_file_location(
        name, out / "kirimchat" / "__init__.py", submodule_search_locations=[str(out / "kirimchat")]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return package


@dataclass
class Server:
    """A scripted API: answers each request with the next reply, recording what it got."""

    replies: list[httpx.Response] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.replies.pop(0) if self.replies else httpx.Response(200, json={})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)


def client(package: ModuleType, server: Server, **options: Any) -> Any:
    """A sync client of ``package`` whose requests ``server`` answers."""
    http = httpx.Client(transport=httpx.MockTransport(server))
    options = {"api_key": "kdv_live_fixture", "base_url": BASE_URL, **options}
    return package.KirimChat(http_client=http, max_retries=0, **options)


def async_client(package: ModuleType, server: Server, **options: Any) -> Any:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    options = {"api_key": "kdv_live_fixture", "base_url": BASE_URL, **options}
    return package.AsyncKirimChat(http_client=http, max_retries=0, **options)


def reply(status: int, body: Any = None, content_type: str = "application/json") -> httpx.Response:
    if body is None:
        return httpx.Response(status)
    text = body if isinstance(body, str) else json.dumps(body)
    return httpx.Response(status, content=text.encode(), headers={"content-type": content_type})
