"""The generation pipeline: reproducible, drift-checked and atomic."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from support import (
    CACHES,
    EDITABLE_SPEC,
    GENERATED,
    ROOT,
    copy_generated,
    edited_spec,
    run,
    run_script,
    tree_digest,
)

MAKE = "make"


def test_two_generations_from_the_same_inputs_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "one" / "generated", tmp_path / "two" / "generated"
    for out in (first, second):
        out.parent.mkdir()
        result = run_script("generation", "--out", out)
        assert result.returncode == 0, result.stderr
    assert tree_digest(first) == tree_digest(second)
    # ...and identical to what is committed, so no path or time of this machine leaks in.
    assert tree_digest(first) == tree_digest(GENERATED)


def test_generated_tree_names_no_machine_path_or_timestamp() -> None:
    for path in GENERATED.rglob("*"):
        if path.is_file() and not CACHES.intersection(path.parts):
            text = path.read_text(encoding="utf-8")
            assert str(ROOT) not in text, path
            assert date.today().isoformat() not in text, path
            # datamodel-code-generator's header line, unless disable-timestamp holds.
            assert re.search(r"^#\s+timestamp:", text, re.MULTILINE) is None, path


def test_make_check_passes_on_the_committed_tree() -> None:
    result = run(MAKE, "-s", "check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_hand_edit_of_a_generated_file_fails_make_check_with_a_diff(tmp_path: Path) -> None:
    out = copy_generated(tmp_path / "generated")
    target = out / "kirimchat" / "_version.py"
    text = target.read_text(encoding="utf-8")
    edited = text.replace('__version__ = "', '__version__ = "9', 1)
    assert edited != text
    target.write_text(edited, encoding="utf-8")

    result = run(MAKE, "-s", "check", f"OUT={out}")

    assert result.returncode != 0
    assert "--- a/generated/kirimchat/_version.py" in result.stdout
    assert "+++ b/generated/kirimchat/_version.py" in result.stdout
    assert '-__version__ = "9' in result.stdout  # the hand edit, shown as what goes away
    assert "make generate" in result.stderr


def test_spec_edit_without_regeneration_fails_make_check_with_a_diff(tmp_path: Path) -> None:
    # The real spec (make check compares with the committed tree): its first operation's
    # summary, edited.
    edited: list[str] = []

    def edit_a_summary(document: dict[str, Any]) -> None:
        for item in document["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and "summary" in operation:
                    edited.append(operation["summary"])
                    operation["summary"] += " zq-edited"
                    return

    spec = edited_spec(tmp_path / "openapi.yaml", edit_a_summary)
    assert edited, "no operation of openapi.yaml has a summary"
    old = edited[0]

    result = run(MAKE, "-s", "check", f"SPEC={spec}")

    assert result.returncode != 0
    assert "+++ b/generated/" in result.stdout
    changed = result.stdout.splitlines()
    assert any(line.startswith("-") and old in line for line in changed)
    assert any(line.startswith("+") and f"{old} zq-edited" in line for line in changed)
    assert "make generate" in result.stderr


@pytest.mark.parametrize(
    ("breakage", "location"),
    [
        (
            ("pattern: ^ctc_[0-9A-HJKMNP-TV-Z]{26}$", "pattern: 12"),
            "components → schemas → ContactId → pattern",
        ),
        (
            ("operationId: attachLabel\n", "operationId: attachLabel\n      responses: {}\n"),
            "responses",
        ),
        (
            (
                "label_id: lbl_01HXYZABCDEFGHJKMNPQRSTVWX\n      responses:",
                "label_id: 7\n      responses:",
            ),
            "example",
        ),
        (("openapi: 3.1.0\n", "openapi: 3.1.0\n  bad: [\n"), "not valid YAML"),
    ],
    ids=["bad-schema", "duplicate-key", "bad-example", "bad-yaml"],
)
def test_broken_spec_fails_naming_the_location_and_leaves_generated_untouched(
    tmp_path: Path, breakage: tuple[str, str], location: str
) -> None:
    old, new = breakage
    text = EDITABLE_SPEC.read_text(encoding="utf-8")
    assert old in text
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text.replace(old, new, 1), encoding="utf-8")
    out = copy_generated(tmp_path / "generated")
    before = tree_digest(out)

    result = run_script("generation", "--spec", spec, "--out", out)

    assert result.returncode == 1
    assert location in result.stderr
    assert f"{spec}:" in result.stderr  # file:line, so an editor can jump there
    assert "left unchanged" in result.stderr
    assert tree_digest(out) == before
    assert not list(tmp_path.glob(".generated-*")), "the staging directory was not cleaned up"


def test_generator_failure_leaves_generated_untouched(tmp_path: Path) -> None:
    # Valid OpenAPI that openapi-python-client cannot turn into code (an unknown content
    # type): a generator failure, not a validation one.
    body = "      requestBody:\n        required: true\n        content:\n          application/"
    text = EDITABLE_SPEC.read_text(encoding="utf-8").replace(body + "json:", body + "x-kirim:", 1)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text, encoding="utf-8")
    out = copy_generated(tmp_path / "generated")
    before = tree_digest(out)

    result = run_script("generation", "--spec", spec, "--out", out)

    assert result.returncode == 1
    assert "openapi-python-client" in result.stderr
    assert "application/x-kirim" in result.stderr
    assert tree_digest(out) == before
