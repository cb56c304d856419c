"""`make lint` on the spec: Spectral with our ruleset (.spectral.yaml), and the changelog rule.

Each broken spec below breaks one rule on purpose; the test checks that exactly that rule
fires, at the line and JSON path of the problem, in the report a person reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import EDITABLE_SPEC, SPEC, run

# One result of Spectral's default (stylish) report:
#   " 296:15  error  kirim-id-pattern  An id must have ...  components.schemas.ContactId"
RESULT = re.compile(
    r"^\s*(?P<line>\d+):\d+\s+(?P<severity>error|warning)\s+(?P<code>\S+)\s+(?P<rest>.*)$"
)


@dataclass(frozen=True)
class Result:
    line: int
    severity: str
    code: str
    message_and_path: str


def spectral(spec: Path) -> tuple[int, list[Result], str]:
    """Run `make spectral` on ``spec``: its exit status, its results and its whole output."""
    completed = run("make", "-s", "spectral", f"SPEC={spec}")
    output = completed.stdout + completed.stderr
    results = [
        Result(int(m["line"]), m["severity"], m["code"], m["rest"])
        for m in map(RESULT.match, output.splitlines())
        if m
    ]
    return completed.returncode, results, output


def line_of(text: str, marker: str) -> int:
    """The 1-based line where ``marker`` first appears in ``text``."""
    assert marker in text, marker
    return text[: text.index(marker)].count("\n") + 1


def broken(tmp_path: Path, *edits: tuple[str, str]) -> tuple[Path, str]:
    """A copy of the fixture spec (a frozen openapi.yaml) with each (old, new) edit applied
    once."""
    text = EDITABLE_SPEC.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, f"the fixture spec does not contain {old!r}"
        text = text.replace(old, new, 1)
    path = tmp_path / "openapi.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_our_spec_passes_with_no_errors_and_no_warnings() -> None:
    status, results, output = spectral(SPEC)
    assert status == 0, output
    assert results == []


ATTACH = "/contacts/{id}/labels"
INLINE_ERROR = """        "404":
          description: Not found.
          content:
            application/json:
              schema:
                type: object
                required: [message]
                properties:
                  message: {type: string}"""


@pytest.mark.parametrize(
    ("edits", "code", "marker", "path", "message"),
    [
        pytest.param(
            [("      pattern: ^ctc_[0-9A-HJKMNP-TV-Z]{26}$\n", "")],
            "kirim-id-pattern",
            "    ContactId:",
            "components.schemas.ContactId",
            'An id must have a "pattern" anchored with ^ and $',
            id="id-field-without-pattern",
        ),
        pytest.param(
            [("pattern: ^lbl_[0-9A-HJKMNP-TV-Z]{26}$", "pattern: lbl_[0-9A-HJKMNP-TV-Z]{26}")],
            "kirim-id-pattern-anchored",
            "pattern: lbl_",
            "components.schemas.LabelId.pattern",
            "must start with ^ and end with $, not lbl_[0-9A-HJKMNP-TV-Z]{26}",
            id="id-pattern-not-anchored",
        ),
        pytest.param(
            [
                (
                    '        - $ref: "#/components/parameters/IdempotencyKey"\n',
                    '        - $ref: "#/components/parameters/IdempotencyKey"\n'
                    "        - name: team_id\n"
                    "          in: query\n"
                    "          description: A team.\n"
                    "          schema: {type: string}\n",
                )
            ],
            "kirim-id-pattern",
            "          schema: {type: string}",
            f"paths.{ATTACH}.post.parameters[2].schema",
            "has none",
            id="id-parameter-without-pattern",
        ),
        pytest.param(
            [
                (
                    "label_id: lbl_01HXYZABCDEFGHJKMNPQRSTVWX\n      responses:",
                    "label_id: 7\n      responses:",
                )
            ],
            "oas3-valid-media-example",
            "label_id: 7",
            f"paths.{ATTACH}.post.requestBody.content.application/json.example.label_id",
            "type must be string",
            id="invalid-request-example",
        ),
        pytest.param(
            [("examples: [ctc_01HXYZABCDEFGHJKMNPQRSTVWX]", "examples: [ctc_1]")],
            "kirim-schema-examples",
            "examples: [ctc_1]",
            "components.schemas.ContactId.examples[0]",
            'examples[0] must match pattern "^ctc_[0-9A-HJKMNP-TV-Z]{26}$"',
            id="invalid-schema-examples-item",
        ),
        pytest.param(
            [('        "404":\n          $ref: "#/components/responses/NotFound"', INLINE_ERROR)],
            "kirim-error-envelope",
            "              schema:\n                type: object\n",
            f"paths.{ATTACH}.post.responses[404].content.application/json.schema",
            '404 response: application/json schema must be "$ref: '
            '#/components/schemas/ErrorEnvelope", not an inline schema',
            id="error-response-of-another-shape",
        ),
        pytest.param(
            [
                (
                    '            $ref: "#/components/schemas/ErrorEnvelope"\n'
                    "          example:\n"
                    "            error:\n"
                    "              type: not_found",
                    '            $ref: "#/components/schemas/Error"\n'
                    "          example:\n"
                    "            error:\n"
                    "              type: not_found",
                ),
            ],
            "kirim-error-envelope",
            '          schema:\n            $ref: "#/components/schemas/Error"\n',
            "components.responses.NotFound.content.application/json.schema",
            "404 response (components.responses.NotFound): application/json schema must be "
            '"$ref: #/components/schemas/ErrorEnvelope", not "$ref: #/components/schemas/Error"',
            id="shared-error-response-of-another-shape",
        ),
        pytest.param(
            [("      operationId: attachLabel\n", "")],
            "operation-operationId",
            "    post:",
            f"paths.{ATTACH}.post",
            'Operation must have "operationId"',
            id="operation-without-operationId",
        ),
        pytest.param(
            [("      summary: Attach a label to a contact\n", "")],
            "kirim-operation-summary",
            "    post:",
            f"paths.{ATTACH}.post",
            'Operation must have a non-empty "summary"',
            id="operation-without-summary",
        ),
        pytest.param(
            [("      tags: [Contacts]\n", "")],
            "operation-tags",
            "    post:",
            f"paths.{ATTACH}.post",
            'Operation must have non-empty "tags" array',
            id="operation-without-tag",
        ),
        pytest.param(
            [("      description: |\n        Attaches", "      x-notes: |\n        Attaches")],
            "operation-description",
            "    post:",
            f"paths.{ATTACH}.post",
            'Operation "description" must be present and non-empty string',
            id="operation-without-description",
        ),
        pytest.param(
            [
                (
                    "  schemas:\n",
                    "  schemas:\n    Orphan:\n      type: string\n      description: Unused.\n",
                )
            ],
            "oas3-unused-component",
            "    Orphan:",
            "components.schemas.Orphan",
            "unused component",
            id="unused-component",
        ),
        pytest.param(
            [
                (
                    "        Attaches an existing label to a contact.\n",
                    "        Attaches an existing label to a contact (our reading).\n",
                )
            ],
            "kirim-maintainer-notes-out-of-descriptions",
            "      description: |\n        Attaches",
            f"paths.{ATTACH}.post.description",
            "Move the maintainers' note to x-kirimchat-notes",
            id="maintainers-note-in-a-description",
        ),
    ],
)
def test_each_house_rule_fires_at_the_location_of_the_problem(
    tmp_path: Path,
    edits: list[tuple[str, str]],
    code: str,
    marker: str,
    path: str,
    message: str,
) -> None:
    spec, text = broken(tmp_path, *edits)

    status, results, output = spectral(spec)

    assert status != 0, output
    assert str(spec) in output  # the report names the file...
    fired = [r for r in results if r.code == code]
    assert fired, f"{code} did not fire:\n{output}"
    expected_line = line_of(text, marker)
    assert any(  # ...and, for the rule, the line and the JSON path of the problem
        r.line == expected_line
        and r.message_and_path.endswith(path)
        and message in r.message_and_path
        for r in fired
    ), f"expected {code} at line {expected_line}, {path}:\n{output}"
    assert all(r.severity == "error" for r in fired)


def test_a_warning_fails_too(tmp_path: Path) -> None:
    # spectral:oas reports a missing info.contact as a warning; our lint fails on warnings.
    spec, _ = broken(
        tmp_path, ("  contact:\n    name: Kirim Support\n    url: https://kirim.dev\n", "")
    )

    status, results, output = spectral(spec)

    assert status != 0, output
    assert [(r.code, r.severity) for r in results] == [("info-contact", "warning")]


def test_make_lint_runs_spectral_after_the_validator(tmp_path: Path) -> None:
    # Valid OpenAPI (the validator passes) that only Spectral's house rules reject.
    spec, _ = broken(tmp_path, ("      operationId: attachLabel\n", ""))

    result = run("make", "lint", f"SPEC={spec}")

    assert result.returncode != 0
    assert "valid OpenAPI 3.1" in result.stdout  # scripts/spec.py ran and passed...
    assert "operation-operationId" in result.stdout  # ...then Spectral failed the lint
