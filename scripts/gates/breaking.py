"""Fail when the API or the SDK breaks its users since a base git ref, unless the major
version was raised.

    python -m scripts.gates.breaking [--base REF] [--repo DIR]

The base is REF (`make breaking BASE=REF`), else ``origin/main`` where it exists, else the
previous commit. Its ``openapi.yaml`` and ``generated/kirimchat`` are taken from git; the other
side is the working copy of DIR (default: this checkout). Two judges compare them:

1. Optic (``optic diff BASE NEW --check``, offline, telemetry off) on the spec, with the rules
   in optic/optic.yml: Optic's ``breaking-changes`` (responses may gain enum values) plus ours
   (requests accept less, responses hold new types, authentication changed).
2. griffe (``find_breaking_changes``, what ``griffe check`` runs) on the public Python API of
   the generated package, so a regeneration that breaks SDK code is caught even when the
   spec diff looks harmless (a renamed operation, a template change).

A breaking change is allowed only when ``info.version``'s major number was raised; the report
says which judge found what, where, and how to fix it.

Exit status: 0 passed, 1 breaking changes without a major bump (or a version that went
backwards), 2 the check itself could not run. `make` turns any failure into its own status 2,
so a GitHub workflow step also gets the outcome as the step output ``result`` (``passed``,
``breaking`` or ``error``), written to ``$GITHUB_OUTPUT`` when that is set.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import griffe

from . import version as versions

ROOT = Path(__file__).resolve().parents[2]
OPTIC = ROOT / "node_modules" / ".bin" / "optic"
OPTIC_DIR = ROOT / "optic"  # Optic reads optic.yml from its working directory
OPTIC_TIMEOUT = 180  # seconds; it takes two on this spec
# Optic sends usage data (Segment, Sentry) and checks npm for updates unless told not to.
OPTIC_ENV = {"OPTIC_TELEMETRY_LEVEL": "off", "NO_UPDATE_NOTIFIER": "1", "NODE_NO_WARNINGS": "1"}
SPEC = "openapi.yaml"
PACKAGE = "kirimchat"
PACKAGE_DIR = f"generated/{PACKAGE}"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
PASSED, BREAKING, ERROR = 0, 1, 2  # the exit statuses
RESULTS = {PASSED: "passed", BREAKING: "breaking", ERROR: "error"}  # as a workflow step output


class CheckError(Exception):
    """The comparison could not be made; the message says why and what to do."""


@dataclass
class Verdict:
    judge: str
    breaking: list[str]  # one readable entry per breaking change
    summary: str  # what the judge saw, for the report


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)


def resolve_base(repo: Path, base: str | None) -> str:
    """The base ref to compare against: ``base``, else origin/main, else HEAD~1."""
    candidates = [base] if base else ["origin/main", "HEAD~1"]
    for ref in candidates:
        if git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode == 0:
            return ref
    if base:
        raise CheckError(
            f"BASE={base} is not a commit in {repo}. For a pull request, fetch the base branch "
            "first (git fetch origin main) and pass BASE=origin/main."
        )
    raise CheckError(
        f"no base to compare with: {repo} has neither origin/main nor a previous commit; "
        "pass one with `make breaking BASE=<ref>`"
    )


def extract(repo: Path, ref: str, destination: Path) -> list[str]:
    """Write openapi.yaml and generated/kirimchat as they are at ``ref``; return those found."""
    listed = git(repo, "ls-tree", "--name-only", ref, "--", SPEC, PACKAGE_DIR)
    present = listed.stdout.decode().split()
    if present:
        archive = git(repo, "archive", "--format=tar", ref, "--", *present)
        if archive.returncode != 0:
            raise CheckError(f"git archive {ref} failed: {archive.stderr.decode().strip()}")
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(destination, filter="data")
    return present


def optic_diff(base_spec: Path, head_spec: Path, labels: dict[Path, str]) -> Verdict:
    if not OPTIC.exists():
        raise CheckError(f"{OPTIC} is missing; run `make setup`")
    command = [str(OPTIC), "diff", str(base_spec), str(head_spec), "--check"]
    try:
        result = subprocess.run(
            command,
            cwd=OPTIC_DIR,
            # Without CI: under it Optic also writes ci-run-details.json into optic/, an
            # untracked file that would then make `make publish` refuse the tree.
            env={**{k: v for k, v in os.environ.items() if k != "CI"}, **OPTIC_ENV},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=OPTIC_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise CheckError(f"optic diff did not finish within {OPTIC_TIMEOUT} s") from None
    output = ANSI.sub("", result.stdout)
    checks = re.search(r"^([x✔])\s+Checks: (\d+)/(\d+) passed", output, re.MULTILINE)
    # Optic runs on when one of our rulesets fails to load, saying so only on stderr; a gate
    # without some of its rules must not pass anything, so any complaint stops the check.
    if result.returncode not in (0, 1) or (result.returncode == 1 and not checks) or result.stderr:
        raise CheckError(
            f"optic diff could not compare the specs (exit {result.returncode}):\n"
            + textwrap.indent((ANSI.sub("", result.stderr) + output).strip(), "  ")
        )
    # Optic names the specs by their paths, absolute or relative to optic/, and places as
    # "at <path>:<line>:<offset>"; name them by what they are, and places by line.
    for path, label in labels.items():
        for name in (os.path.relpath(path, OPTIC_DIR), str(path)):  # the longer first
            output = re.sub(rf"{re.escape(name)}:(\d+):\d+", rf"{label}:\1", output)
            output = output.replace(name, label)
    lines = [line.rstrip() for line in output.splitlines() if "--web flag" not in line]
    report = "\n".join(lines).strip()
    operations = re.search(r"^Operations: (.*)$", output, re.MULTILINE)
    seen = operations[1] if operations else "no change"
    if result.returncode == 0:
        return Verdict("Optic", [], f"no breaking change ({seen.lower()})")
    failed = int(checks[3]) - int(checks[2]) if checks else 1
    return Verdict("Optic", [report], f"{failed} failing check(s)")


def griffe_check(base_tree: Path, head_tree: Path) -> Verdict:
    """The breaking changes of the package's public API, as `griffe check` reports them."""

    def load(tree: Path) -> griffe.Object | griffe.Alias:
        # Only the given tree: never the kirimchat installed in this environment.
        return griffe.load(PACKAGE, search_paths=[tree], allow_inspection=False)

    try:
        old, new = load(base_tree), load(head_tree)
    except (ImportError, griffe.GriffeError) as exc:
        raise CheckError(f"griffe could not load {PACKAGE}: {exc}") from None
    breakages = []
    for breakage in griffe.find_breaking_changes(old, new):
        line = ANSI.sub("", breakage.explain(style=griffe.ExplanationStyle.ONE_LINE))
        # griffe calls a module "<module>"; name it as users import it.
        line = line.replace(": <module>:", f": module {breakage.obj.path}:", 1)
        for tree in (base_tree, head_tree):
            line = line.replace(f"{tree}{os.sep}", "generated/")
        breakages.append(line)
    summary = f"{len(breakages)} breaking change(s)" if breakages else "no breaking change"
    return Verdict("griffe", breakages, summary)


def compare(repo: Path, base: str | None) -> int:
    ref = resolve_base(repo, base)
    head_spec, head_generated = repo / SPEC, repo / "generated"
    if not head_spec.exists():
        raise CheckError(f"{head_spec} is missing")
    short = git(repo, "rev-parse", "--short", ref).stdout.decode().strip()
    with tempfile.TemporaryDirectory(prefix="breaking-") as scratch:
        base_root = Path(scratch) / "base"
        present = extract(repo, ref, base_root)
        if SPEC not in present:
            print(f"breaking: {ref} ({short}) has no {SPEC}; nothing to compare")
            return PASSED
        base_version = versions.from_spec_text(
            (base_root / SPEC).read_text(encoding="utf-8"), f"{SPEC} at {ref}"
        )
        head_version = versions.from_spec(head_spec)
        print(f"breaking: {ref} ({short}) → working copy of {repo}")
        print(f"  info.version {base_version} → {head_version}\n")

        verdicts = [
            optic_diff(
                base_root / SPEC,
                head_spec,
                {base_root / SPEC: f"{SPEC}@{ref}", head_spec.resolve(): SPEC},
            )
        ]
        if PACKAGE_DIR in present:
            verdicts.append(griffe_check(base_root / "generated", head_generated))
        else:
            print(f"(griffe skipped: {ref} has no {PACKAGE_DIR} to compare with)\n")

    for verdict in verdicts:
        judge = "spec (Optic)" if verdict.judge == "Optic" else f"Python API of {PACKAGE} (griffe)"
        print(f"{judge}: {verdict.summary}")
        for entry in verdict.breaking:
            print(textwrap.indent(entry, "  "))
        print()

    if head_version < base_version:
        print(
            f"FAILED: info.version went backwards ({base_version} → {head_version}). "
            f"Versions only go up; set it to {base_version} or higher."
        )
        return BREAKING
    if not any(verdict.breaking for verdict in verdicts):
        print("PASSED: no breaking change.")
        return PASSED
    judges = " and ".join(verdict.judge for verdict in verdicts if verdict.breaking)
    if head_version.major > base_version.major:
        print(
            f"PASSED: breaking changes ({judges}), allowed because info.version's major number "
            f"was raised ({base_version} → {head_version}). Say what breaks in CHANGELOG.md."
        )
        return PASSED
    next_major = versions.Version(base_version.major + 1, 0, 0)
    print(
        f"FAILED: breaking changes found by {judges}, but info.version's major number was not "
        f"raised ({base_version} → {head_version}).\n"
        "Fix: make the change backwards compatible (keep what exists, make new request fields "
        f"optional, keep constraints as loose), or release it as {next_major}: set info.version "
        f"to {next_major} in {SPEC}, add a CHANGELOG.md entry saying what breaks, run "
        "`make generate`, and commit."
    )
    return BREAKING


def publish(status: int) -> None:
    """Give a GitHub workflow the outcome, which make's own exit status cannot carry."""
    outputs = os.environ.get("GITHUB_OUTPUT")
    if outputs:
        with open(outputs, "a", encoding="utf-8") as file:
            file.write(f"result={RESULTS[status]}\n")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="git ref to compare with (default: origin/main, HEAD~1)")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the git checkout to check")
    args = parser.parse_args(argv)
    try:
        status = compare(args.repo.resolve(), args.base)
    except (CheckError, versions.VersionError) as exc:
        print(f"breaking: cannot run the check: {exc}", file=sys.stderr)
        status = ERROR
    publish(status)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
