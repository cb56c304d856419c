"""The client sends its API key the way the spec's security scheme says, and nothing else.

Each test edits a copy of tests/fixtures/generator/responses.yaml (whose scheme is a bearer
token) and generates a client from it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from generator_support import FIXTURES, Server, client, generate_package, reply
from support import run_script

KEY = "kdv_live_fixture"


def edited_fixture(tmp_path: Path, schemes: dict[str, Any], security: list[Any]) -> Path:
    document = yaml.safe_load((FIXTURES / "responses.yaml").read_text(encoding="utf-8"))
    document["components"]["securitySchemes"] = schemes
    document["security"] = security
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return spec


def test_a_bearer_scheme_sends_the_key_as_a_bearer_token(tmp_path: Path) -> None:
    package = generate_package("responses", tmp_path / "out")
    server = Server([reply(204)])

    client(package, server).widgets.delete("wdg_abcd")

    assert server.last.headers["authorization"] == f"Bearer {KEY}"


def test_an_api_key_header_scheme_sends_the_key_in_that_header_only(tmp_path: Path) -> None:
    spec = edited_fixture(
        tmp_path,
        {"fixtureKey": {"type": "apiKey", "in": "header", "name": "X-Fixture-Key"}},
        [{"fixtureKey": []}],
    )
    package = generate_package("responses_api_key", tmp_path / "out", spec)
    server = Server([reply(204)])

    client(package, server).widgets.delete("wdg_abcd")

    assert server.last.headers["x-fixture-key"] == KEY
    assert "authorization" not in server.last.headers


@pytest.mark.parametrize(
    "scheme",
    [
        {"type": "http", "scheme": "basic"},
        {"type": "apiKey", "in": "query", "name": "key"},
        {
            "type": "oauth2",
            "flows": {"clientCredentials": {"tokenUrl": "https://x.invalid/t", "scopes": {}}},
        },
    ],
    ids=["basic", "api-key-in-query", "oauth2"],
)
def test_a_scheme_the_client_cannot_send_fails_generation_naming_it(
    tmp_path: Path, scheme: dict[str, Any]
) -> None:
    spec = edited_fixture(tmp_path, {"fixtureAuth": scheme}, [{"fixtureAuth": []}])
    out = tmp_path / "out"

    result = run_script("generation", "--spec", spec, "--out", out)

    assert result.returncode != 0
    assert "securitySchemes" in result.stderr and "fixtureAuth" in result.stderr, result.stderr
    assert "only an HTTP bearer token or an API key in a header" in result.stderr
    assert not out.exists()
