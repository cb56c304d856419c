"""`make build` and `make publish`: the package users get, and how it reaches an index.

The publish tests run a real index, pypiserver, on 127.0.0.1 with a password file; publish the
built sdist and wheel to it with scripts.gates.publish (the upload step of `make publish`);
install kirimchat from it into a fresh virtual environment; and call Prism, the spec's mock
server, with it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path

import pytest
import yaml
from conftest import MockServer
from release_support import free_port, locked_pylock, project_repo, server
from support import ROOT, SPEC, copy_generated, run, tree_digest

VERSION = str(yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]["version"])
WHEEL = f"kirimchat-{VERSION}-py3-none-any.whl"
SDIST = f"kirimchat-{VERSION}.tar.gz"
BIN = Path(sys.executable).parent
PUBLISHER, TOKEN = "release-bot", "pypi-test-token-0123456789"
# What tools leave in a source tree; none of it may reach a distribution.
CACHE_FILES = [
    "kirimchat/__pycache__/client.cpython-311.pyc",
    "kirimchat/api/__pycache__/__init__.cpython-311.pyc",
    ".ruff_cache/0.17.5/123",
    ".mypy_cache/3.11/kirimchat/client.data.json",
    ".pytest_cache/v/cache/lastfailed",
]


@dataclass(frozen=True)
class Build:
    dist: Path
    output: str


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """`make build` of a copy of generated/ in which tools have left their caches."""
    scratch = tmp_path_factory.mktemp("build")
    tree = copy_generated(scratch / "generated")
    for name in CACHE_FILES:
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_bytes(b"cache")
    # twine's console wraps lines at its width, inside long paths too: give it room.
    result = subprocess.run(
        ["make", "build", f"OUT={tree}", f"DIST={scratch / 'dist'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "1000"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return Build(scratch / "dist", " ".join((result.stdout + result.stderr).split()))


def test_make_build_checks_both_distributions(build: Build) -> None:
    assert sorted(p.name for p in build.dist.glob("[!.]*")) == sorted([WHEEL, SDIST])
    assert f"Checking {build.dist}/{WHEEL}: PASSED" in build.output  # twine check --strict
    assert f"Checking {build.dist}/{SDIST}: PASSED" in build.output
    assert f"{build.dist}/{WHEEL}: OK" in build.output  # check-wheel-contents


def test_the_wheel_holds_the_typed_package_and_no_tests_or_caches(build: Build) -> None:
    with zipfile.ZipFile(build.dist / WHEEL) as wheel:
        names = wheel.namelist()
        metadata = Parser().parsestr(wheel.read(f"kirimchat-{VERSION}.dist-info/METADATA").decode())

    assert "kirimchat/py.typed" in names
    assert "kirimchat/__init__.py" in names
    assert {name.split("/")[0] for name in names} == {"kirimchat", f"kirimchat-{VERSION}.dist-info"}
    for name in names:
        parts = name.split("/")
        assert not {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"} & set(parts)
        assert not name.endswith((".pyc", ".pyo")), name
        assert not any(part in ("tests", "test") or part.startswith("test_") for part in parts)
    assert metadata["Version"] == VERSION
    assert sorted(r.split(">")[0].split("<")[0] for r in metadata.get_all("Requires-Dist")) == [
        "attrs",
        "httpx",
    ]


def test_the_sdist_holds_the_project_and_no_caches(build: Build) -> None:
    with tarfile.open(build.dist / SDIST) as sdist:
        names = [name.split("/", 1)[1] for name in sdist.getnames() if "/" in name]

    assert "pyproject.toml" in names
    assert "kirimchat/py.typed" in names
    assert "api.md" in names  # the SDK reference the package README links to
    assert not [name for name in names if re.search(r"(__pycache__|_cache/|\.pyc$)", name)]


# --- publishing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Index:
    url: str  # the upload URL; the simple index is below it, at simple/
    packages: Path


def publish(dist: Path, index: Index, token: str = TOKEN) -> subprocess.CompletedProcess[str]:
    """The upload step of `make publish`, with the settings in its environment."""
    env = {
        **os.environ,
        "KIRIM_PUBLISH_URL": index.url,
        "KIRIM_PUBLISH_USER": PUBLISHER,
        "KIRIM_PUBLISH_TOKEN": token,
    }
    return subprocess.run(
        [sys.executable, "-m", "scripts.gates.publish", "upload", dist],
        capture_output=True,
        text=True,
        env=env,
    )


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    """pypiserver on a free port; uploads need the publisher's password, downloads do not."""
    scratch = tmp_path_factory.mktemp("index")
    packages, passwords = scratch / "packages", scratch / "htpasswd"
    packages.mkdir()
    # An Apache htpasswd line in its {SHA} form, which pypiserver checks with passlib.
    digest = base64.b64encode(hashlib.sha1(TOKEN.encode()).digest()).decode()
    passwords.write_text(f"{PUBLISHER}:{{SHA}}{digest}\n", encoding="utf-8")
    port = free_port()
    command = [
        BIN / "pypi-server",
        "run",
        "--host=127.0.0.1",
        f"--port={port}",
        "--authenticate=update",
        f"--passwords={passwords}",
        "--disable-fallback",  # an index of our package only: never redirect to PyPI
        packages,
    ]
    url = f"http://127.0.0.1:{port}/"
    with server(command, f"{url}health", scratch / "pypiserver.log"):
        yield Index(url, packages)


@pytest.fixture(scope="module")
def published(build: Build, index: Index) -> Index:
    result = publish(build.dist, index)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"published kirimchat {VERSION} to {index.url}" in result.stdout
    return index


@pytest.fixture
def mock_url(prism: MockServer) -> str:
    """Prism mocking openapi.yaml (the suite's session server, `scripts/mock`)."""
    return prism.base_url


def test_published_package_installs_in_a_fresh_environment_and_calls_the_mock(
    published: Index, mock_url: str, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    python = venv / "bin" / "python"
    uv = [BIN / "uv", "--no-config"]
    created = run(*uv, "venv", "--quiet", "--python", sys.executable, venv)
    assert created.returncode == 0, created.stderr
    # The SDK's dependencies as uv.lock pins them: from uv's cache, which `make setup` filled,
    # or, should the cache have been cleaned since, from PyPI.
    pylock = locked_pylock(["httpx", "attrs"], tmp_path)
    install = [*uv, "pip", "install", "--quiet", "--preview-features", "pylock"]
    dependencies = run(*install, "--offline", "--python", python, "-r", pylock)
    if dependencies.returncode != 0:
        dependencies = run(*install, "--python", python, "-r", pylock)
    assert dependencies.returncode == 0, dependencies.stderr
    # kirimchat itself from the index we published to, and from nowhere else.
    installed = run(
        *uv, "pip", "install", "--no-cache", "--python", python,
        "--index-url", f"{published.url}simple/", f"kirimchat=={VERSION}",
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    assert f"+ kirimchat=={VERSION}" in installed.stderr
    checked = run(*uv, "pip", "check", "--python", python)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    call = """
import json, sys
import kirimchat
from kirimchat import KirimChat

with KirimChat(api_key="kdv_live_TavbPKwIuqOr69ALEKLNennZ", base_url=sys.argv[1]) as client:
    result = client.contacts.attach_label(
        "ctc_01HXYZABCDEFGHJKMNPQRSTVWX", label_id="lbl_01HXYZABCDEFGHJKMNPQRSTVWX"
    )
print(json.dumps({"attached": result.attached, "version": kirimchat.__version__,
                  "file": kirimchat.__file__}))
"""
    # From a directory of its own, so that nothing but the installed package can be imported.
    result = run(python, "-c", call, mock_url, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["attached"] is True  # the example Prism serves for 200
    assert answer["version"] == VERSION
    assert Path(answer["file"]).is_relative_to(venv)


def test_publishing_the_same_version_twice_is_refused(build: Build, published: Index) -> None:
    before = tree_digest(published.packages)

    result = publish(build.dist, published)

    assert result.returncode == 1
    assert f"refused: kirimchat {VERSION} is already published at {published.url}" in result.stderr
    assert f"Package '{WHEEL}' already exists" in result.stderr  # the index's own words
    assert "raise info.version in openapi.yaml, add its CHANGELOG.md entry" in result.stderr
    assert tree_digest(published.packages) == before


def test_a_wrong_token_is_refused_by_the_index(build: Build, index: Index) -> None:
    before = tree_digest(index.packages)

    result = publish(build.dist, index, token="not-the-token")

    assert result.returncode == 1
    assert "did not accept the credentials (the index said: 403 Forbidden)" in result.stderr
    assert "check KIRIM_PUBLISH_USER and KIRIM_PUBLISH_TOKEN" in result.stderr
    assert tree_digest(index.packages) == before


def test_upload_refuses_a_dist_that_is_not_this_version(build: Build, tmp_path: Path) -> None:
    stale = tmp_path / "dist"
    stale.mkdir()
    (stale / "kirimchat-0.9.0-py3-none-any.whl").write_bytes(b"old")

    result = publish(stale, Index("http://127.0.0.1:9/", tmp_path))

    assert result.returncode == 1
    assert f"should hold exactly {WHEEL}, {SDIST}" in result.stderr
    assert "run `make build`" in result.stderr


# --- what make publish refuses before it builds ----------------------------------------------


def test_make_publish_without_settings_refuses_before_building() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIRIM_PUBLISH_")}

    result = subprocess.run(["make", "publish"], cwd=ROOT, capture_output=True, text=True, env=env)

    assert result.returncode != 0
    assert "refusing to publish: KIRIM_PUBLISH_URL and KIRIM_PUBLISH_TOKEN not set" in result.stderr
    assert "uv build" not in result.stdout


def preflight(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The first step of `make publish`, on ``repo``, with the settings present."""
    env = {**os.environ, "KIRIM_PUBLISH_URL": "http://127.0.0.1:9/", "KIRIM_PUBLISH_TOKEN": "x"}
    command = [sys.executable, "-m", "scripts.gates.publish", "--repo", repo, "preflight"]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env)


def test_publish_refuses_a_dirty_tree(tmp_path: Path) -> None:
    repo = project_repo(tmp_path / "repo")
    assert preflight(repo).returncode == 0  # committed: fine
    (repo / "notes.txt").write_text("not committed\n")
    with (repo / "openapi.yaml").open("a") as spec:
        spec.write("# an edit\n")

    result = preflight(repo)

    assert result.returncode == 1
    assert "refusing to publish: the work tree" in result.stderr
    assert " M openapi.yaml" in result.stderr
    assert "?? notes.txt" in result.stderr
    assert "commit or stash them" in result.stderr


def test_publish_refuses_a_tag_that_does_not_name_the_version(tmp_path: Path) -> None:
    repo = project_repo(tmp_path / "repo")

    assert preflight(repo, "--tag", f"v{VERSION}").returncode == 0
    result = preflight(repo, "--tag", "v9.9.9")

    assert result.returncode == 1
    assert f"tag 'v9.9.9' does not name the version in openapi.yaml ({VERSION})" in result.stderr


def test_make_publish_runs_preflight_drift_check_build_then_upload() -> None:
    # A dry run (-n) lists the commands make publish would run, in order.
    result = run("make", "-n", "publish", "TAG=v1.2.3")

    assert result.returncode == 0, result.stderr
    steps = [
        "scripts.gates.publish preflight --tag 'v1.2.3'",
        "scripts.generation --check",  # make check: generated/ is what the spec gives
        "uv build",
        "twine --no-color check --strict",
        "check-wheel-contents",
        "scripts.gates.publish upload dist",
    ]
    positions = [result.stdout.find(step) for step in steps]
    assert -1 not in positions, result.stdout
    assert positions == sorted(positions), result.stdout
