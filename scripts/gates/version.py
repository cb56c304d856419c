"""The SDK's version is ``info.version`` in openapi.yaml, and only there.

    python -m scripts.gates.version                # print it
    python -m scripts.gates.version changelog      # fail unless CHANGELOG.md has an entry for it
    python -m scripts.gates.version tag v1.2.0     # fail unless a release tag names it

generated/pyproject.toml and ``kirimchat.__version__`` are rendered from the same value by
the templates, so `make check` fails when either disagrees with the spec. This script adds the
two rules that the generator cannot see: every version has a CHANGELOG.md entry (`make lint`),
and a release tag is ``v`` + that version (the release workflow).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = ROOT / "openapi.yaml"
DEFAULT_CHANGELOG = ROOT / "CHANGELOG.md"
# Keep a Changelog headings: "## [1.2.0] - 2026-11-25" (or "## [Unreleased]").
HEADING = re.compile(r"^## \[(?P<name>[^\]]+)\].*$", re.MULTILINE)


class VersionError(Exception):
    """The version or the changelog is not as the release process needs it."""


class Version(NamedTuple):
    major: int
    minor: int
    patch: int

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def parse(text: str, where: str) -> Version:
    """``1.2.3`` → Version(1, 2, 3); anything else is an error naming ``where``."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text)
    if not match:
        raise VersionError(
            f"{where}: version {text!r} is not MAJOR.MINOR.PATCH (for example 1.2.0); "
            "the SDK's version and the breaking-change gate are built on that form"
        )
    return Version(*(int(part) for part in match.groups()))


def from_spec_text(text: str, where: str) -> Version:
    """The ``info.version`` of an OpenAPI document given as text."""
    try:
        document = yaml.safe_load(text)
        raw = document["info"]["version"]
    except (yaml.YAMLError, TypeError, KeyError) as exc:
        raise VersionError(f"{where}: cannot read info.version ({exc})") from None
    return parse(str(raw), f"{where}: info.version")


def from_spec(spec: Path) -> Version:
    return from_spec_text(spec.read_text(encoding="utf-8"), str(spec))


def changelog_entries(changelog: Path) -> dict[str, str]:
    """Each ``## [name]`` heading of the changelog with the text below it."""
    if not changelog.exists():
        raise VersionError(f"{changelog} is missing; it needs an entry for every version")
    text = changelog.read_text(encoding="utf-8")
    headings = list(HEADING.finditer(text))
    ends = [heading.start() for heading in headings[1:]] + [len(text)]
    return {
        heading["name"]: text[heading.end() : end]
        for heading, end in zip(headings, ends, strict=True)
    }


def check_changelog(spec: Path, changelog: Path) -> Version:
    """The spec's version has a non-empty entry, and no entry is newer than it."""
    version = from_spec(spec)
    entries = changelog_entries(changelog)
    fix = (
        f"Fix: add a section '## [{version}] - YYYY-MM-DD' to {changelog.name} saying what "
        "changed for SDK users (see the entries below it for the form)."
    )
    if str(version) not in entries:
        raise VersionError(
            f"{changelog}: no entry for {version}, the version in {spec.name} (info.version).\n"
            + fix
        )
    if not entries[str(version)].strip():
        raise VersionError(f"{changelog}: the entry for {version} is empty.\n" + fix)
    for name in entries:
        if name.lower() != "unreleased" and parse(name, f"{changelog}: ## [{name}]") > version:
            raise VersionError(
                f"{changelog}: has an entry for {name}, newer than {version} in {spec.name}. "
                f"Fix: raise info.version in {spec.name} to {name} (and `make generate`), "
                "or correct the entry's heading."
            )
    return version


def check_tag(spec: Path, tag: str) -> Version:
    version = from_spec(spec)
    if tag != f"v{version}":
        raise VersionError(
            f"tag {tag!r} does not name the version in {spec.name} ({version}); "
            f"release by pushing the tag v{version}"
        )
    return version


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--changelog", type=Path, default=DEFAULT_CHANGELOG)
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("changelog", help="fail unless CHANGELOG.md has an entry for the version")
    tag = commands.add_parser("tag", help="fail unless TAG is v + the version")
    tag.add_argument("tag")
    args = parser.parse_args(argv)
    try:
        if args.command == "changelog":
            version = check_changelog(args.spec, args.changelog)
            print(f"{args.changelog.name} has an entry for {version}")
        elif args.command == "tag":
            version = check_tag(args.spec, args.tag)
            print(f"tag {args.tag} matches info.version {version}")
        else:
            print(from_spec(args.spec))
    except VersionError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
