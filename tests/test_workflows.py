"""The GitHub workflows run the project's own Make targets and .ci/run, nothing else."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from support import ROOT, run

WORKFLOWS = ROOT / ".github" / "workflows"


def load(name: str) -> dict[str, Any]:
    workflow: dict[str, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as the boolean true.
    workflow["on"] = workflow.pop(True, workflow.get("on"))
    return workflow


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def commands(workflow: dict[str, Any]) -> list[str]:
    return [step["run"].strip() for step in steps(workflow) if "run" in step]


def make_targets() -> set[str]:
    listed = run("make", "help").stdout
    return set(re.findall(r"^  make (\S+)", listed, re.MULTILINE))


def test_ci_run_is_make_test() -> None:
    assert (ROOT / ".ci" / "run").stat().st_mode & 0o111, ".ci/run must be executable"
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert [line for line in script.splitlines() if line.startswith("make")] == ["make test"]


@pytest.mark.parametrize("name", ["pr-checks.yml", "release.yml"])
def test_a_workflow_runs_only_make_targets_and_ci_run(name: str) -> None:
    targets = make_targets()
    for command in commands(load(name)):
        if command == ".ci/run":
            continue
        words = command.split()
        assert words[0] == "make", f"{name} runs {command!r}: call a Make target instead"
        assert words[1] in targets, f"{name} runs make {words[1]}, which the Makefile lacks"


def test_pr_checks_run_breaking_against_the_base_and_then_ci_run() -> None:
    workflow = load("pr-checks.yml")
    assert "pull_request" in workflow["on"]
    checkout = next(s for s in steps(workflow) if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # the base branch's history is needed
    assert commands(workflow) == [
        "make setup",
        "make breaking BASE=origin/${{ github.base_ref }}",
        ".ci/run",
        "make docs",
    ]


def uploads_after_make_docs(workflow: dict[str, Any], action: str) -> dict[str, Any]:
    """The step of `action` that comes after `make docs` in the same job."""
    for job in workflow["jobs"].values():
        runs = [step.get("run", "").strip() for step in job["steps"]]
        if "make docs" not in runs:
            continue
        later = job["steps"][runs.index("make docs") + 1 :]
        found = [step for step in later if step.get("uses", "").startswith(f"{action}@")]
        assert found, f"no {action} step after make docs"
        return found[0]
    raise AssertionError("no job runs make docs")


def test_pr_checks_keep_the_api_reference_page_as_an_artifact() -> None:
    workflow = load("pr-checks.yml")
    upload = uploads_after_make_docs(workflow, "actions/upload-artifact")
    assert upload["with"]["path"].rstrip("/") == "docs"
    assert upload["with"]["name"] == "api-reference"


def test_release_publishes_the_api_reference_page_to_github_pages() -> None:
    workflow = load("release.yml")
    handed = uploads_after_make_docs(workflow, "actions/upload-pages-artifact")
    assert handed["with"]["path"].rstrip("/") == "docs"
    pages = next(
        job
        for job in workflow["jobs"].values()
        if any(step.get("uses", "").startswith("actions/deploy-pages@") for step in job["steps"])
    )
    assert pages["needs"] == "release"  # only a released version's page is published
    assert pages["permissions"] == {"pages": "write", "id-token": "write"}
    assert pages["environment"]["name"] == "github-pages"


def test_release_publishes_a_version_tag_after_ci_run() -> None:
    workflow = load("release.yml")
    assert workflow["on"] == {"push": {"tags": ["v*"]}}
    assert commands(workflow) == [
        "make setup",
        ".ci/run",
        'make publish TAG="${GITHUB_REF_NAME}"',
        "make docs",
    ]
    publish = next(s for s in steps(workflow) if s.get("run", "").startswith("make publish"))
    assert set(publish["env"]) == {"KIRIM_PUBLISH_URL", "KIRIM_PUBLISH_USER", "KIRIM_PUBLISH_TOKEN"}
    assert publish["env"]["KIRIM_PUBLISH_TOKEN"] == "${{ secrets.KIRIM_PUBLISH_TOKEN }}"


def test_workflow_files_are_the_two_described_in_the_readme() -> None:
    assert sorted(path.name for path in WORKFLOWS.iterdir()) == ["pr-checks.yml", "release.yml"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in WORKFLOWS.iterdir():
        assert f".github/workflows/{path.name}" in readme
