"""The package's page on PyPI (generated/README.md and pyproject.toml, issue 21): a runnable
example, no link outside the wheel, webhooks, project URLs from the spec."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import pytest
from support import ROOT
from test_client_surface import EVENT, SECRET, signed

from scripts.sandbox import RunningSandbox

# --- the package page (generated/README.md and pyproject.toml, what PyPI shows) -------------

PACKAGE = ROOT / "generated"
PACKAGE_README = (PACKAGE / "README.md").read_text(encoding="utf-8")
PACKAGE_SNIPPETS = re.findall(r"^```python\n(.*?)^```$", PACKAGE_README, re.MULTILINE | re.DOTALL)


def test_the_package_readme_has_no_placeholder_and_links_nothing_outside_the_wheel() -> None:
    assert PACKAGE_SNIPPETS
    assert all("..." not in snippet for snippet in PACKAGE_SNIPPETS)
    links = re.findall(r"\]\(([^)]*)\)", PACKAGE_README)
    assert [link for link in links if not link.startswith(("https://", "http://"))] == []
    assert "client.webhooks.unwrap(raw_body, headers)" in PACKAGE_README


def test_the_package_readme_snippets_run_and_its_receiver_verifies_a_delivery(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", sandbox.seed.api_key)
    monkeypatch.setenv("KIRIM_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("KIRIM_WEBHOOK_SECRET", SECRET)
    namespace: dict[str, Any] = {"__name__": "package_readme"}

    for snippet in PACKAGE_SNIPPETS:
        exec(compile(snippet, "generated/README.md", "exec"), namespace)

    assert capsys.readouterr().out  # the first example printed what it listed
    receive = namespace["receive"]
    assert receive(EVENT, signed(EVENT, SECRET)) == 200
    assert receive(EVENT, signed(EVENT, "whsec_not_ours")) == 400
    monkeypatch.delenv("KIRIM_WEBHOOK_SECRET")
    assert receive(EVENT, signed(EVENT, SECRET)) == 500


def test_the_package_metadata_has_project_urls_from_the_spec() -> None:
    import yaml

    project = tomllib.loads((PACKAGE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    info = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))["info"]

    assert project["urls"]["Homepage"] == info["contact"]["url"]
    assert set(project["urls"]) >= {"Homepage", "Documentation"}


def test_project_urls_come_from_the_spec_fields_that_name_them() -> None:
    from scripts.generation.render import project_metadata

    document = {
        "info": {
            "contact": {"url": "https://api.example"},
            "x-kirimchat-repository": "https://code.example/sdk/",
        },
        "externalDocs": {"url": "https://docs.example"},
    }

    assert project_metadata(document) == {
        "project_urls": {
            "Homepage": "https://api.example",
            "Documentation": "https://docs.example",
            "Source": "https://code.example/sdk",
            "Changelog": "https://code.example/sdk/blob/main/CHANGELOG.md",
            "Issues": "https://code.example/sdk/issues",
        },
        "repository": "https://code.example/sdk",
    }
    assert project_metadata({"info": {}}) == {"project_urls": {}, "repository": None}
