"""`make breaking`: Optic on the spec and griffe on the SDK's Python API, against a base ref.

Each test builds a throw-away git repository from a fixture spec of its own
(tests/fixtures/breaking/gadgets.yaml, never openapi.yaml), changes it the way a pull request
would, and runs scripts/gates/breaking.py (what `make breaking` runs) against the commit before
the change. The kinds of change are in tests/breaking_cases.py. Optic costs seconds per run,
so the matrix judges all breaking kinds in one run (each kind names its own operation,
parameter or property in the report) and all additive kinds in another.
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from breaking_cases import ADDITIVE, BREAKING, Case, Spec, edited, load_fixture
from release_support import commit_all, git
from support import ROOT, run

from scripts.gates import breaking as gate

FIXTURE = load_fixture()
VERSION = FIXTURE["info"]["version"]
MAJOR, MINOR, _ = (int(part) for part in VERSION.split("."))
NEXT_MINOR = f"{MAJOR}.{MINOR + 1}.0"
NEXT_MAJOR = f"{MAJOR + 1}.0.0"
EARLIER = f"{MAJOR}.{MINOR - 1}.0"


@dataclass
class Outcome:
    status: int
    report: str
    result: str  # what a GitHub workflow step gets as outputs.result


def with_version(spec: Spec, version: str) -> Spec:
    changed = copy.deepcopy(spec)
    changed["info"]["version"] = version
    return changed


def write_spec(repo: Path, spec: Spec) -> None:
    text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
    (repo / "openapi.yaml").write_text(text, encoding="utf-8")


def spec_repo(path: Path, spec: Spec = FIXTURE, package: str | None = None) -> Path:
    """A git repository whose one commit holds ``spec`` (and a kirimchat package's source)."""
    path.mkdir(parents=True)
    git(path, "init", "-q", "-b", "main")
    write_spec(path, spec)
    if package is not None:
        write_package(path, package)
    commit_all(path, "the API as it is")
    return path


def write_package(repo: Path, source: str) -> None:
    module = repo / "generated" / "kirimchat" / "__init__.py"
    module.parent.mkdir(parents=True, exist_ok=True)
    module.write_text(textwrap.dedent(source), encoding="utf-8")


def breaking(repo: Path, *args: str, env: dict[str, str] | None = None) -> Outcome:
    outputs = repo.parent / f"{repo.name}-github-output"
    outputs.write_text("", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "scripts.gates.breaking", "--repo", str(repo), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_OUTPUT": str(outputs), **(env or {})},
    )
    return Outcome(
        result.returncode, result.stdout + result.stderr, outputs.read_text(encoding="utf-8")
    )


def judged(
    path: Path, cases: list[Case], version: str, env: dict[str, str] | None = None
) -> Outcome:
    repo = spec_repo(path)
    write_spec(repo, with_version(edited(FIXTURE, cases), version))
    return breaking(repo, "--base", "HEAD", env=env)


def block(report: str, within: tuple[str, ...]) -> list[str]:
    """The report's lines below the headings ``within``, each looked for below the last."""
    lines = report.splitlines()
    start, end = 0, len(lines)
    for heading in within:
        found = next((i for i in range(start, end) if heading in lines[i]), None)
        assert found is not None, f"the report has no {heading!r} below {within}"
        depth = len(lines[found]) - len(lines[found].lstrip())
        start, end = (
            found + 1,
            next(
                (
                    i
                    for i in range(found + 1, end)
                    if lines[i].strip() and len(lines[i]) - len(lines[i].lstrip()) <= depth
                ),
                end,
            ),
        )
    return lines[start:end]


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Every breaking kind at once, without and with a major bump; every additive kind at once.

    The three runs are independent, so they run side by side (each is mostly Optic's time).
    Under CI, as the release runs it (Optic then writes files unless told not to).
    """
    scratch = tmp_path_factory.mktemp("matrix")
    runs = {
        "breaking": (BREAKING, NEXT_MINOR),
        "breaking-major": (BREAKING, NEXT_MAJOR),
        "additive": (ADDITIVE, NEXT_MINOR),
    }
    with ThreadPoolExecutor(len(runs)) as pool:
        futures = {
            name: pool.submit(judged, scratch / name, cases, version, {"CI": "true"})
            for name, (cases, version) in runs.items()
        }
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("case", BREAKING, ids=[case.id for case in BREAKING])
def test_each_breaking_kind_is_refused_without_a_major_bump(
    matrix: dict[str, Outcome], case: Case
) -> None:
    outcome = matrix["breaking"]
    lines = block(outcome.report, case.within)
    assert any(all(text in line for text in case.finding) for line in lines), (
        f"{case.id}: no line below {case.within} says {case.finding}:\n" + "\n".join(lines)
    )
    assert outcome.status == 1, outcome.report


def test_breaking_changes_fail_with_a_report_that_says_how_to_fix_them(
    matrix: dict[str, Outcome],
) -> None:
    outcome = matrix["breaking"]

    assert outcome.status == 1
    assert outcome.result == "result=breaking\n"
    assert f"info.version {VERSION} → {NEXT_MINOR}" in outcome.report
    assert "FAILED: breaking changes found by Optic" in outcome.report
    assert f"major number was not raised ({VERSION} → {NEXT_MINOR})" in outcome.report
    assert f"release it as {NEXT_MAJOR}: set info.version to {NEXT_MAJOR}" in outcome.report
    # Places are named by the spec's path in the repository, not by a scratch directory.
    assert "at openapi.yaml:" in outcome.report
    assert "at openapi.yaml@HEAD:" in outcome.report  # a removed thing: where it was
    assert "/breaking-" not in outcome.report


def test_breaking_changes_pass_when_the_major_version_is_raised(
    matrix: dict[str, Outcome],
) -> None:
    outcome = matrix["breaking-major"]

    assert outcome.status == 0, outcome.report
    assert outcome.result == "result=passed\n"
    for case in BREAKING:  # still reported, for the CHANGELOG
        lines = block(outcome.report, case.within)
        assert any(all(text in line for text in case.finding) for line in lines), case.id
    assert f"allowed because info.version's major number was raised ({VERSION} → {NEXT_MAJOR})" in (
        outcome.report
    )


def test_every_additive_kind_passes(matrix: dict[str, Outcome]) -> None:
    outcome = matrix["additive"]

    assert outcome.status == 0, outcome.report
    assert outcome.result == "result=passed\n"
    assert "spec (Optic): no breaking change (2 operations added, 5 changed)" in outcome.report
    assert "PASSED: no breaking change." in outcome.report


def test_under_ci_the_check_leaves_no_file_behind(matrix: dict[str, Outcome]) -> None:
    # The matrix ran with CI set. Optic then writes ci-run-details.json unless told not to; an
    # untracked file in the tree would make the release's `make publish` refuse it.
    assert matrix["additive"].status == 0
    assert not list((ROOT / "optic").glob("**/ci-run-details.json"))


# The SDK's Python API, judged by griffe (here a package written by hand: griffe compares
# Python APIs, whatever wrote them).
SDK = """
    def get_gadget(gadget_id: str) -> dict[str, object]:
        return {}


    def list_gadgets(*, cursor: str | None = None) -> list[dict[str, object]]:
        return []
"""
# What a regeneration can do to it while the spec diff looks harmless: a renamed operationId
# renames a function; a template change drops an argument.
CHANGED_SDK = SDK.replace("get_gadget", "fetch_gadget").replace("*, cursor: str | None = None", "")


def test_an_sdk_change_that_breaks_callers_is_found_by_griffe(tmp_path: Path) -> None:
    repo = spec_repo(tmp_path / "repo", package=SDK)
    write_package(repo, CHANGED_SDK)

    outcome = breaking(repo, "--base", "HEAD")

    assert outcome.status == 1, outcome.report
    assert "spec (Optic): no breaking change (no operations changed)" in outcome.report
    assert "Python API of kirimchat (griffe): 2 breaking change(s)" in outcome.report
    assert "generated/kirimchat/__init__.py:2: get_gadget: Public object was removed" in (
        outcome.report
    )
    assert "list_gadgets(cursor): Parameter was removed" in outcome.report
    assert "FAILED: breaking changes found by griffe" in outcome.report
    assert "/breaking-" not in outcome.report  # no scratch directory named


def test_a_version_that_goes_backwards_fails(tmp_path: Path) -> None:
    repo = spec_repo(tmp_path / "repo")
    write_spec(repo, with_version(FIXTURE, EARLIER))

    outcome = breaking(repo, "--base", "HEAD")

    assert outcome.status == 1, outcome.report
    assert f"info.version went backwards ({VERSION} → {EARLIER})" in outcome.report


def test_the_default_base_is_origin_main_else_the_previous_commit(tmp_path: Path) -> None:
    repo = spec_repo(tmp_path / "repo")
    write_spec(repo, edited(FIXTURE, [BREAKING[0]]))
    commit_all(repo, "a breaking change")

    # No origin/main: the previous commit, before the change.
    outcome = breaking(repo)
    assert outcome.status == 1, outcome.report
    assert outcome.report.startswith("breaking: HEAD~1 (")

    # With origin/main at the new commit: nothing breaks relative to it.
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    outcome = breaking(repo)
    assert outcome.status == 0, outcome.report
    assert outcome.report.startswith("breaking: origin/main (")


def test_an_unknown_base_is_an_error_that_says_what_to_do(tmp_path: Path) -> None:
    outcome = breaking(spec_repo(tmp_path / "repo"), "--base", "no-such-branch")

    assert outcome.status == 2
    assert outcome.result == "result=error\n"
    assert "BASE=no-such-branch is not a commit" in outcome.report
    assert "git fetch origin main" in outcome.report


def test_make_breaking_passes_base_through() -> None:
    # The Makefile's BASE= reaches the script (here: a base that does not exist).
    result = run("make", "-s", "breaking", "BASE=no-such-branch")

    assert result.returncode != 0
    assert "BASE=no-such-branch is not a commit" in result.stderr


def test_a_ruleset_that_does_not_load_stops_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Optic itself only warns and checks without the ruleset: a security change would pass.
    rules = tmp_path / "optic"
    rules.mkdir()
    (rules / "optic.yml").write_text("ruleset:\n  - ./broken.js\n", encoding="utf-8")
    (rules / "broken.js").write_text("throw new Error('a typo in a rule');\n", encoding="utf-8")
    monkeypatch.setattr(gate, "OPTIC_DIR", rules)
    spec = tmp_path / "openapi.yaml"
    write_spec(tmp_path, FIXTURE)

    with pytest.raises(gate.CheckError, match=re.escape("Constructing ruleset ./broken.js failed")):
        gate.optic_diff(spec, spec, {})
