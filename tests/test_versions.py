"""The version lives in info.version only; CHANGELOG.md and release tags must agree with it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from support import GENERATED, ROOT, SPEC, edited_spec, run, run_script

SPEC_VERSION = str(yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]["version"])


def spec_with_version(tmp_path: Path, version: str) -> Path:
    def set_version(document: dict[str, Any]) -> None:
        document["info"]["version"] = version

    return edited_spec(tmp_path / "openapi.yaml", set_version)


def changelog(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "CHANGELOG.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_package_version_is_the_spec_version() -> None:
    pyproject = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))
    version_module = (GENERATED / "kirimchat" / "_version.py").read_text(encoding="utf-8")
    assert pyproject["project"]["version"] == SPEC_VERSION
    assert re.search(r'^__version__ = "(.*)"$', version_module, re.M)[1] == SPEC_VERSION


def test_raising_info_version_changes_the_package_versions_and_nothing_else(
    tmp_path: Path,
) -> None:
    spec = spec_with_version(tmp_path, "1.0.1")

    result = run("make", "-s", "check", f"SPEC={spec}")

    assert result.returncode != 0
    changed = set(re.findall(r"^\+\+\+ b/generated/(\S+)", result.stdout, re.M))
    assert {"pyproject.toml", "kirimchat/_version.py"} <= changed
    assert '+__version__ = "1.0.1"' in result.stdout
    assert '+version = "1.0.1"' in result.stdout
    # Every changed line is the version and nothing else.
    lines = [line for line in result.stdout.splitlines() if line[:1] in "+-"]
    for line in lines:
        if not line.startswith(("+++", "---")):
            assert ("1.0.1" if line[0] == "+" else SPEC_VERSION) in line, line


def test_the_committed_changelog_has_an_entry_for_the_spec_version() -> None:
    result = run_script("gates.version", "changelog")
    assert result.returncode == 0, result.stderr
    assert f"## [{SPEC_VERSION}]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


ENTRY_100 = "## [1.0.0] - 2026-11-25\n\n### Added\n- Attach a label.\n"


@pytest.mark.parametrize(
    ("version", "entries", "complaint"),
    [
        ("1.1.0", ENTRY_100, "no entry for 1.1.0"),
        ("1.1.0", "## [1.1.0] - 2026-12-01\n\n" + ENTRY_100, "the entry for 1.1.0 is empty"),
        ("1.0.0", "## [1.1.0] - 2026-12-01\n- Labels.\n\n" + ENTRY_100, "newer than 1.0.0"),
        ("1.1", ENTRY_100, "is not MAJOR.MINOR.PATCH"),
    ],
    ids=["version-raised-without-entry", "empty-entry", "entry-ahead-of-spec", "not-semver"],
)
def test_changelog_check_fails_with_a_fix(
    tmp_path: Path, version: str, entries: str, complaint: str
) -> None:
    spec = spec_with_version(tmp_path, version)
    log = changelog(tmp_path, "# Changelog\n\n" + entries)

    result = run_script("gates.version", "--spec", spec, "--changelog", log, "changelog")

    assert result.returncode == 1
    assert complaint in result.stderr
    assert str(log) in result.stderr or "info.version" in result.stderr


def test_changelog_check_passes_once_the_entry_is_written(tmp_path: Path) -> None:
    spec = spec_with_version(tmp_path, "1.1.0")
    log = changelog(tmp_path, "# Changelog\n\n## [1.1.0] - 2026-12-01\n- Labels.\n\n" + ENTRY_100)

    result = run_script("gates.version", "--spec", spec, "--changelog", log, "changelog")

    assert result.returncode == 0, result.stderr


def test_make_lint_fails_when_the_version_changes_without_a_changelog_entry(
    tmp_path: Path,
) -> None:
    spec = spec_with_version(tmp_path, "1.0.1")

    result = run("make", "lint", f"SPEC={spec}")

    assert result.returncode != 0
    assert "no entry for 1.0.1" in result.stderr


@pytest.mark.parametrize(
    ("tag", "ok"), [(f"v{SPEC_VERSION}", True), (SPEC_VERSION, False), ("v9.9.9", False)]
)
def test_a_release_tag_must_name_the_spec_version(tag: str, ok: bool) -> None:
    result = run_script("gates.version", "tag", tag)
    assert (result.returncode == 0) is ok, result.stderr
