"""schemathesis (scripts/contract.py, what `make contract` runs) catches a spec that disagrees
with the sandbox. That the sandbox passes against the real spec is `make contract` itself, part
of `make test`; here the spec is changed on purpose and the run must fail, naming the check.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import SPEC

# Enough for each phase to send a few requests; every mismatch below shows on the first one.
MAX_EXAMPLES = "5"

ATTACHED_BOOLEAN = "        attached:\n          type: boolean\n"
DOCUMENTED_400 = '        "400":\n          $ref: "#/components/responses/BadRequest"\n'
REQUEST_ID_HEADER = "      headers:\n        X-Request-Id:\n"


@pytest.mark.parametrize(
    ("old", "new", "reported"),
    [
        (
            ATTACHED_BOOLEAN,
            ATTACHED_BOOLEAN.replace("boolean", "string"),
            "Response violates schema",
        ),
        (DOCUMENTED_400, "", "Undocumented status code"),
        (
            REQUEST_ID_HEADER,  # the first is BadRequest's: a header the sandbox never sends
            REQUEST_ID_HEADER.replace(
                "X-Request-Id:",
                "X-Kirim-Version:\n          required: true\n          schema: {type: string}\n"
                "        X-Request-Id:",
            ),
            "Missing required response headers",
        ),
    ],
    ids=["response-schema", "status-code", "required-header"],
)
def test_a_spec_that_disagrees_with_the_sandbox_fails_the_contract_run(
    tmp_path: Path, old: str, new: str, reported: str
) -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert old in text
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text.replace(old, new, 1), encoding="utf-8")

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
