"""`make breaking`: Optic on the spec and griffe on the SDK's Python API, against a base ref.

Each test builds a throw-away git repository holding this project's spec and generated/,
changes the API the way a pull request would (edit the spec, regenerate), and runs
scripts/breaking.py (what `make breaking` runs) against the commit before the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from release_support import change_api, commit_all, git, project_repo
from support import ROOT, SPEC, run, run_script

# The spec's version now, and the versions a change could take from it.
VERSION = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]["version"]
MAJOR, MINOR, _ = (int(part) for part in VERSION.split("."))
NEXT_MINOR = f"{MAJOR}.{MINOR + 1}.0"
NEXT_MAJOR = f"{MAJOR + 1}.0.0"
EARLIER = f"{MAJOR - 1}.99.0" if MAJOR else f"0.{MINOR - 1}.0"

ADD_OPTIONAL_FIELDS = [
    (  # an optional request field
        "      required: [label_id]\n      properties:\n",
        "      required: [label_id]\n      properties:\n"
        "        note:\n          type: string\n          description: A note.\n",
    ),
    (  # and a response field
        "        attached:\n          type: boolean\n",
        "        note:\n          type: string\n          description: A note.\n"
        "        attached:\n          type: boolean\n",
    ),
]
REMOVE_RESPONSE_FIELD = [
    (
        "      required: [contact_id, label_id, attached]\n      properties:\n"
        '        contact_id:\n          $ref: "#/components/schemas/ContactId"\n',
        "      required: [label_id, attached]\n      properties:\n",
    ),
    ("                  contact_id: ctc_01HXYZABCDEFGHJKMNPQRSTVWX\n", ""),
]
REQUIRE_REQUEST_FIELD = [
    (
        "      required: [label_id]\n      properties:\n",
        "      required: [label_id, note]\n      properties:\n"
        "        note:\n          type: string\n          description: A note.\n",
    ),
    (
        "              label_id: lbl_01HXYZABCDEFGHJKMNPQRSTVWX\n      responses:",
        "              label_id: lbl_01HXYZABCDEFGHJKMNPQRSTVWX\n"
        "              note: VIP\n      responses:",
    ),
]
# Still accepts the examples (so the spec stays valid), but no longer every documented id.
TIGHTEN_PATTERN = [
    ("pattern: ^lbl_[0-9A-HJKMNP-TV-Z]{26}$", "pattern: ^lbl_01[0-9A-HJKMNP-TV-Z]{24}$")
]
RENAME_OPERATION = [("operationId: attachLabel", "operationId: tagContact")]
FIX = "Fix: make the change backwards compatible"


def with_version(version: str) -> list[tuple[str, str]]:
    return [(f"  version: {VERSION}\n", f"  version: {version}\n")]


def breaking(repo: Path, *args: str) -> tuple[int, str]:
    result = run_script("gates.breaking", "--repo", repo, *args)
    return result.returncode, result.stdout + result.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return project_repo(tmp_path / "repo")


def test_an_additive_change_passes(repo: Path) -> None:
    change_api(repo, ADD_OPTIONAL_FIELDS + with_version(NEXT_MINOR))

    status, report = breaking(repo, "--base", "HEAD")

    assert status == 0, report
    assert f"info.version {VERSION} → {NEXT_MINOR}" in report
    # attach (request and response) and detach (which shares attach's response schema)
    assert "spec (Optic): no breaking change (2 operations changed)" in report
    assert "Python API of kirimchat (griffe): no breaking change" in report
    assert "PASSED: no breaking change." in report


@pytest.mark.parametrize(
    ("edits", "findings"),
    [
        pytest.param(
            REMOVE_RESPONSE_FIELD,
            [
                "- property /schema/properties/data/properties/contact_id: removed",
                "x [prevent removing response property] cannot remove response property "
                "'contact_id'. This is a breaking change.",
                "at openapi.yaml@HEAD:",  # where it was, in the base's spec
                "generated/kirimchat/models/label_attachment.py:19: "
                "LabelAttachment.contact_id: Public object was removed",
            ],
            id="remove-response-field",
        ),
        pytest.param(
            REQUIRE_REQUEST_FIELD,
            [
                "x [prevent changing request property to required] cannot add a required "
                "request property 'note' to an existing operation.",
                "at openapi.yaml:",
            ],
            id="make-request-field-required",
        ),
        pytest.param(
            TIGHTEN_PATTERN,
            [
                "x [prevent tightening request property constraints] request property "
                "'label_id' accepts less: pattern \"^lbl_[0-9A-HJKMNP-TV-Z]{26}$\" → "
                '"^lbl_01[0-9A-HJKMNP-TV-Z]{24}$". This is a breaking change.',
            ],
            id="tighten-pattern",
        ),
        pytest.param(
            RENAME_OPERATION,
            [
                # Optic sees only a new operationId; griffe sees the SDK's function go away.
                "spec (Optic): no breaking change",
                "module kirimchat.api.contacts.attach_label: Public object was removed",
            ],
            id="rename-operation",
        ),
    ],
)
def test_a_breaking_change_fails_with_a_readable_report(
    repo: Path, edits: list[tuple[str, str]], findings: list[str]
) -> None:
    change_api(repo, edits)

    status, report = breaking(repo, "--base", "HEAD")

    assert status == 1, report
    for finding in findings:
        assert finding in report
    assert "FAILED: breaking changes found by" in report
    assert f"info.version's major number was not raised ({VERSION} → {VERSION})" in report
    assert f"release it as {NEXT_MAJOR}: set info.version to {NEXT_MAJOR} in openapi.yaml" in report
    assert FIX in report
    # Places are named by spec and package paths, not by the script's scratch directory.
    assert "/breaking-" not in report


def test_a_breaking_change_passes_when_the_major_version_is_raised(repo: Path) -> None:
    change_api(repo, REMOVE_RESPONSE_FIELD + with_version(NEXT_MAJOR))

    status, report = breaking(repo, "--base", "HEAD")

    assert status == 0, report
    assert "cannot remove response property 'contact_id'" in report  # still reported...
    assert "LabelAttachment.contact_id: Public object was removed" in report
    assert (
        f"allowed because info.version's major number was raised ({VERSION} → {NEXT_MAJOR})"
        in report
    )


def test_a_version_that_goes_backwards_fails(repo: Path) -> None:
    change_api(repo, with_version(EARLIER))

    status, report = breaking(repo, "--base", "HEAD")

    assert status == 1, report
    assert f"info.version went backwards ({VERSION} → {EARLIER})" in report


def test_the_default_base_is_origin_main_else_the_previous_commit(repo: Path) -> None:
    change_api(repo, REMOVE_RESPONSE_FIELD)
    commit_all(repo, "remove contact_id")

    # No origin/main: the previous commit, which still has contact_id.
    status, report = breaking(repo)
    assert status == 1, report
    assert report.startswith("breaking: HEAD~1 (")

    # With origin/main at the new commit: nothing breaks relative to it.
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    status, report = breaking(repo)
    assert status == 0, report
    assert report.startswith("breaking: origin/main (")


def test_an_unknown_base_is_an_error_that_says_what_to_do(repo: Path) -> None:
    status, report = breaking(repo, "--base", "no-such-branch")

    assert status == 2
    assert "BASE=no-such-branch is not a commit" in report
    assert "git fetch origin main" in report


def test_make_breaking_passes_base_through(repo: Path) -> None:
    # The Makefile's BASE= reaches the script (here: a base that does not exist).
    result = run("make", "-s", "breaking", "BASE=no-such-branch")

    assert result.returncode != 0
    assert "BASE=no-such-branch is not a commit" in result.stderr


def test_under_ci_the_check_leaves_no_file_behind(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Optic writes ci-run-details.json when CI is set; an untracked file in the tree would
    # make the release's `make publish` refuse it right after `.ci/run`.
    monkeypatch.setenv("CI", "true")
    change_api(repo, ADD_OPTIONAL_FIELDS + with_version(NEXT_MINOR))

    status, report = breaking(repo, "--base", "HEAD")

    assert status == 0, report
    assert not list(ROOT.glob("**/ci-run-details.json"))
    assert not list(repo.glob("**/ci-run-details.json"))
