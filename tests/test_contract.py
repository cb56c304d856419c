"""schemathesis (scripts/gates/contract.py, what `make contract` runs) catches a spec that
disagrees with the sandbox. That the sandbox passes against the real spec is `make contract`
itself, part of `make test`; here the spec is changed on purpose and the run must fail, naming
the check.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
import yaml
from schemathesis.core.jsonschema import matches_pattern
from support import ROOT, SPEC

from scripts.gates import contract_hooks
from scripts.sandbox.spec import HTTP_METHODS, JSON, ecma_regex, load, resolve

# Enough for each phase to send a few requests; every mismatch below shows on the first one.
MAX_EXAMPLES = "5"
NEVER_SENT = "x_never_sent_by_the_sandbox"  # a field and a header the sandbox knows nothing of
# What documents a 400 besides "400" itself.
COVERING_400 = ("4XX", "default")


def responses(document: dict[str, Any], success: bool | None = None) -> list[dict[str, Any]]:
    """Every response of every operation (only the 2xx ones, or only the others), `$ref`s
    followed into the document, so that editing one edits the document; each one once."""
    found: dict[int, dict[str, Any]] = {}
    for item in document.get("paths", {}).values():
        for method in HTTP_METHODS:
            for code, response in item.get(method, {}).get("responses", {}).items():
                if success is None or str(code).startswith("2") == success:
                    resolved = resolve(document, response)
                    found[id(resolved)] = resolved
    return list(found.values())


def require_a_field_never_sent(document: dict[str, Any]) -> None:
    for response in responses(document, success=True):
        media = response.get("content", {}).get(JSON)
        if media is not None:
            media["schema"] = {"allOf": [media["schema"], {"required": [NEVER_SENT]}]}


def document_no_400(document: dict[str, Any]) -> None:
    for item in document.get("paths", {}).values():
        for method in HTTP_METHODS:
            codes = item.get(method, {}).get("responses", {})
            for code in [code for code in codes if str(code).upper() in ("400", *COVERING_400)]:
                del codes[code]


def require_a_header_never_sent(document: dict[str, Any]) -> None:
    for response in responses(document):
        header = {"required": True, "schema": {"type": "string"}}
        response.setdefault("headers", {})[NEVER_SENT] = header


@pytest.mark.parametrize(
    ("edit", "reported"),
    [
        (require_a_field_never_sent, "Response violates schema"),
        (document_no_400, "Undocumented status code"),
        (require_a_header_never_sent, "Missing required response headers"),
    ],
    ids=["response-schema", "status-code", "required-header"],
)
def test_a_spec_that_disagrees_with_the_sandbox_fails_the_contract_run(
    tmp_path: Path, edit: Callable[[dict[str, Any]], None], reported: str
) -> None:
    # The edit is made to the parsed spec, to every operation alike: it needs no particular
    # operation, quoting or layout of openapi.yaml.
    document = load(SPEC)
    edit(document)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")
    assert load(spec) != load(SPEC)  # the edit found something to change

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scripts.gates.contract",
            "--spec",
            str(spec),
            "--max-examples",
            MAX_EXAMPLES,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "CONTRACT_CACHE_DIR": str(tmp_path / "cache")},
    )

    assert result.returncode != 0, result.stdout
    assert reported in result.stdout, result.stdout[-3000:]


@dataclass
class FakeResponse:
    status_code: int
    body: Any

    def json(self) -> Any:
        return self.body


@dataclass
class FakeCase:
    method: str
    path_parameters: dict[str, str]


def not_found(param: str) -> FakeResponse:
    return FakeResponse(404, {"error": {"code": "resource_not_found", "param": param}})


def test_st302_is_checked_by_our_check_for_every_operation() -> None:
    config = tomllib.loads((ROOT / "schemathesis.toml").read_text(encoding="utf-8"))

    assert config["checks"]["ensure_resource_availability"] == {"enabled": False}
    assert "created_resource_available" in schemathesis.checks.CHECKS.get_all_names()
    # No operation is exempt from it.
    for section in config.get("operations", []):
        assert "ensure_resource_availability" not in section.get("checks", {})
        assert "created_resource_available" not in section.get("checks", {})


def test_a_404_about_another_resource_is_no_lost_created_resource() -> None:
    contact, label = "ctc_01HXYZABCDEFGHJKMNPQRSTVW0", "lbl_01HXYZABCDEFGHJKMNPQRSTVW0"
    detach = FakeCase("DELETE", {"id": contact, "label_id": label})

    # A label named in the body (made up by the fuzzer) is not the created contact.
    assert contract_hooks.about_another_resource(not_found("label_id"), FakeCase("POST", {}))
    # An id of the path is, until a DELETE removed it earlier in the run.
    assert not contract_hooks.about_another_resource(not_found("label_id"), detach)
    assert not contract_hooks.about_another_resource(not_found("id"), detach)
    contract_hooks.after_call(None, FakeCase("DELETE", {"id": label}), FakeResponse(200, {}))
    try:
        assert contract_hooks.about_another_resource(not_found("label_id"), detach)
        assert not contract_hooks.about_another_resource(not_found("id"), detach)
        # A 404 that does not say what it missed is left to schemathesis' own judgement.
        assert not contract_hooks.about_another_resource(FakeResponse(404, "gone"), detach)
    finally:
        contract_hooks.REMOVED.clear()


def test_a_failed_delete_removes_nothing() -> None:
    contract_hooks.after_call(None, FakeCase("DELETE", {"id": "lbl_x"}), FakeResponse(404, {}))
    contract_hooks.after_call(None, FakeCase("GET", {"id": "lbl_y"}), FakeResponse(200, {}))

    assert not contract_hooks.REMOVED


# Every code point a string may hold (surrogates cannot be sent as UTF-8), and a value that
# Python's `$` takes and ECMA-262's does not.
PROBES = [*(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF), "x\n"]


@pytest.mark.parametrize("pattern", [r"^\s$", r"^\S$", r"^[^\s]$", r"^\d$", r"^\w$", "^x$"])
def test_schemathesis_keeps_the_pattern_values_the_sandbox_accepts(pattern: str) -> None:
    r"""The contract run is seed-stable only if schemathesis and the sandbox read a pattern
    alike. schemathesis draws a pattern's values with Python's `re` (whose `\s` misses U+00A0,
    U+2003, U+2028, U+FEFF ...) but keeps only those its validator, jsonschema-rs, accepts
    (`matches_pattern`); the sandbox reads patterns with the SDK's ECMA-262 translation. So no
    hook rewrites the spec's patterns for it, and this test fails first if an upgrade of
    schemathesis changes its reading: then add one in scripts/gates/contract_hooks.py."""
    theirs, ours = matches_pattern(pattern), ecma_regex(pattern)

    disagree = [ascii(value) for value in PROBES if theirs(value) != bool(ours.search(value))]

    assert not disagree, f"{pattern}: schemathesis and the sandbox disagree on {disagree[:20]}"
