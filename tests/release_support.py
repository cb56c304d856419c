"""Helpers for the release tests: throw-away git repositories, spec edits, local servers."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

from packaging.markers import Marker
from support import ROOT, SPEC, copy_generated

UV = Path(sys.executable).parent / "uv"

# Commits in throw-away repositories need an author, whoever runs the tests.
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "kirimchat tests",
    "GIT_AUTHOR_EMAIL": "tests@kirimchat.invalid",
    "GIT_COMMITTER_NAME": "kirimchat tests",
    "GIT_COMMITTER_EMAIL": "tests@kirimchat.invalid",
}


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(repo), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_IDENTITY},
    )
    assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
    return result.stdout.strip()


def commit_all(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def project_repo(path: Path) -> Path:
    """A git repository whose one commit holds this project's openapi.yaml and generated/."""
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    shutil.copy(SPEC, path / "openapi.yaml")
    copy_generated(path / "generated")
    commit_all(path, "the API as it is")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_serving(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    """Poll ``url`` until it answers at all (any HTTP status), or fail with the server's log."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode} before serving")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answered
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")


@contextlib.contextmanager
def server(command: Sequence[str | Path], url: str, log: Path) -> Iterator[None]:
    """Run a server in the background while the block runs; stop it afterwards."""
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(part) for part in command],
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so stopping it stops its children
        )
        try:
            try:
                wait_until_serving(url, process)
            except AssertionError as exc:
                raise AssertionError(f"{exc}\n{log.read_text(errors='replace')}") from None
            yield
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, 15)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, 9)
                process.wait(timeout=10)


def locked_closure(names: Sequence[str]) -> set[str]:
    """``names`` and everything they depend on here (Python 3.11 on Linux), from uv.lock."""
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    dependencies = {
        package["name"]: [
            dependency["name"]
            for dependency in package.get("dependencies", [])
            if "marker" not in dependency or Marker(dependency["marker"]).evaluate()
        ]
        for package in lock["package"]
    }
    wanted, seen = list(names), set()
    while wanted:
        name = wanted.pop()
        if name not in seen:
            seen.add(name)
            wanted.extend(dependencies[name])
    return seen


def locked_pylock(names: Sequence[str], directory: Path) -> Path:
    """A pylock.toml (PEP 751) of ``names`` and their dependencies, pinned as in uv.lock.

    uv installs from it by wheel URL and index, the way `make setup` installed the same
    wheels, so it serves them from its cache: no index is asked, the network is not needed.
    """
    exported = subprocess.run(
        [str(UV), "export", "--frozen", "--format", "pylock.toml", "--no-dev", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "UV_PYTHON_DOWNLOADS": "never"},
    )
    assert exported.returncode == 0, exported.stderr
    # uv writes one "[[packages]]" table per package; keep those of the closure.
    head, *tables = exported.stdout.split("\n[[packages]]\n")
    keep = locked_closure(names)
    kept = [table for table in tables if tomllib.loads(table)["name"] in keep]
    assert {tomllib.loads(table)["name"] for table in kept} == keep
    path = directory / "pylock.toml"
    path.write_text("\n[[packages]]\n".join([head, *kept]), encoding="utf-8")
    return path
