"""Upload the built SDK to a package index with twine, refusing what must not be published.

    python -m scripts.gates.publish preflight [--tag v1.2.0]   # settings there, tree committed
    python -m scripts.gates.publish upload DIST    # twine upload of kirimchat-<version> from DIST

`make publish` runs preflight, then `make check` (generated/ is what the spec gives), then
`make build` (sdist and wheel, checked), then upload. `make publish TAG=v1.2.0` (what the
release workflow runs for a pushed tag) also refuses a tag that does not name info.version.
The index comes from the environment:

    KIRIM_PUBLISH_URL    the upload URL, e.g. https://upload.pypi.org/legacy/ (required: there
                         is no default, so nothing reaches PyPI by accident)
    KIRIM_PUBLISH_USER   the user name (default: __token__, PyPI's user for API tokens)
    KIRIM_PUBLISH_TOKEN  the password or API token (required)

twine receives the credentials through its own environment variables, never on a command line.
A version is published once: when the index already holds it, the upload is refused.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from . import version as versions

ROOT = Path(__file__).resolve().parents[2]
TWINE = Path(sys.executable).parent / "twine"
PACKAGE = "kirimchat"
URL, USER, TOKEN = "KIRIM_PUBLISH_URL", "KIRIM_PUBLISH_USER", "KIRIM_PUBLISH_TOKEN"
DEFAULT_USER = "__token__"
UPLOAD_TIMEOUT = 600  # seconds, for a slow index; a local one takes one
# How indexes refuse a file they already have: 409 Conflict, or 400 saying "already exists"
# (PyPI: "File already exists", pypiserver: "Package '...' already exists!"). This is twine's
# own test for --skip-existing, which twine allows for PyPI only.
ALREADY_THERE = re.compile(r"\b(Package|File)\b[^<>]{0,200}?already exists?!?|\b409 Conflict\b")
REFUSED_LOGIN = re.compile(r"\b(401 Unauthorized|403 Forbidden)\b")
NEXT_VERSION = (
    "Fix: raise info.version in openapi.yaml, add its CHANGELOG.md entry, run `make generate`, "
    "commit, and `make publish` again."
)


class PublishError(Exception):
    """Publishing is refused or failed; the message says why and what to do."""


def settings(environ: Mapping[str, str]) -> tuple[str, str, str]:
    """The index URL, user and token from the environment, or an error naming what is missing."""
    url, token = environ.get(URL, "").strip(), environ.get(TOKEN, "")
    user = environ.get(USER, "").strip() or DEFAULT_USER
    missing = [name for name, value in ((URL, url), (TOKEN, token)) if not value]
    if missing:
        raise PublishError(
            f"refusing to publish: {' and '.join(missing)} not set. Set {URL} to the index's "
            f"upload URL, {TOKEN} to its password or API token, and {USER} to the user name "
            f"(default {DEFAULT_USER}); see README.md, Releasing."
        )
    if not re.match(r"https?://", url):
        raise PublishError(f"refusing to publish: {URL}={url!r} is not an http(s) URL")
    return url, user, token


def check_clean(repo: Path) -> None:
    """A release is built from a commit: no modified, staged or untracked files."""
    status = subprocess.run(
        ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=normal"],
        capture_output=True,
        text=True,
    )
    if status.returncode != 0:
        raise PublishError(f"refusing to publish: {repo} is not a git checkout ({status.stderr})")
    if status.stdout.strip():
        raise PublishError(
            f"refusing to publish: the work tree of {repo} has changes that no commit holds:\n"
            + status.stdout.rstrip()
            + "\nA release must be what a commit holds: commit or stash them, then publish."
        )


def distributions(dist: Path, version: versions.Version) -> list[Path]:
    """The sdist and wheel of ``version`` in ``dist``, and nothing else."""
    expected = {f"{PACKAGE}-{version}-py3-none-any.whl", f"{PACKAGE}-{version}.tar.gz"}
    # (uv build also leaves a .gitignore there.)
    found = {path.name for path in dist.glob("[!.]*")} if dist.is_dir() else set()
    if found != expected:
        raise PublishError(
            f"{dist} should hold exactly {', '.join(sorted(expected))} (info.version {version}), "
            f"but holds {', '.join(sorted(found)) or 'nothing'}; run `make build`"
        )
    return sorted(dist / name for name in expected)


def upload(dist: Path, repo: Path, environ: Mapping[str, str]) -> str:
    url, user, token = settings(environ)
    version = versions.from_spec(repo / "openapi.yaml")
    files = distributions(dist, version)
    # --verbose: twine then shows the index's answer, which says why an upload was refused.
    command = [str(TWINE), "--no-color", "upload", "--non-interactive", "--disable-progress-bar"]
    command += ["--verbose", "--repository-url", url, *map(str, files)]
    # COLUMNS: twine's console would wrap the answer's lines at 80 characters.
    env = {**environ, "TWINE_USERNAME": user, "TWINE_PASSWORD": token, "COLUMNS": "500"}
    try:
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=UPLOAD_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        raise PublishError(f"twine upload to {url} did not finish in {UPLOAD_TIMEOUT} s") from None
    if result.returncode == 0:
        return f"published {PACKAGE} {version} to {url}: {', '.join(p.name for p in files)}"
    output = html.unescape(result.stdout + result.stderr)
    answer = " ".join(output.split())
    already = ALREADY_THERE.search(answer)
    if already:
        raise PublishError(
            f"refused: {PACKAGE} {version} is already published at {url}; a published version "
            f"is never replaced (the index said: {already[0].strip()}).\n{NEXT_VERSION}"
        )
    refused = REFUSED_LOGIN.search(answer)
    if refused:
        raise PublishError(
            f"refused: {url} did not accept the credentials (the index said: {refused[0]}); "
            f"check {USER} and {TOKEN}."
        )
    raise PublishError(f"twine upload to {url} failed:\n{output.strip()}")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout being released")
    commands = parser.add_subparsers(dest="command", required=True)
    preflight = commands.add_parser("preflight", help="check settings, tree (and tag)")
    preflight.add_argument("--tag", help="the release tag, which must be v + info.version")
    upload_parser = commands.add_parser("upload", help="upload the sdist and wheel in DIST")
    upload_parser.add_argument("dist", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "preflight":
            url, _, _ = settings(os.environ)
            check_clean(args.repo)
            if args.tag:
                versions.check_tag(args.repo / "openapi.yaml", args.tag)
            print(f"publish: the tree is committed; the index is {url}")
        else:
            print(upload(args.dist, args.repo, os.environ))
    except (PublishError, versions.VersionError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
