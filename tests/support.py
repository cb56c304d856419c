"""Helpers shared by the tests: the project's paths and a way to run its scripts."""

from __future__ import annotations

import functools
import hashlib
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scripts.sandbox import spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
# What tests that break a spec on purpose edit: a frozen copy of openapi.yaml, so that an edit
# of the real spec never breaks them, nor do their edits ever meet the API team's own names.
EDITABLE_SPEC = ROOT / "tests" / "fixtures" / "spec_edits" / "openapi.yaml"
GENERATED = ROOT / "generated"
CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def edited_spec(destination: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """openapi.yaml as data, changed by ``edit``, written to ``destination``: an edit that does
    not depend on how the spec's text is quoted, indented or ordered."""
    import yaml  # here: the client tests import this module without the tools installed

    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    edit(document)
    destination.write_text(
        yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8",
    )
    return destination


def instants(value: Any) -> Any:
    """JSON with its RFC 3339 date-times read as datetimes, to compare them as instants.

    `2026-05-01T08:30:00Z` and `2026-05-01T08:30:00+00:00` are the same time: the spec's
    examples and the sandbox write `Z`, the attrs models `+00:00`.
    """
    if isinstance(value, dict):
        return {key: instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [instants(item) for item in value]
    if isinstance(value, str) and TIMESTAMP.fullmatch(value):
        return datetime.fromisoformat(value)
    return value


@functools.cache
def _spec_schemas() -> spec.Schemas:
    from scripts.sandbox import spec  # here, as yaml above

    return spec.Schemas(spec.load(SPEC))


def valid(schema: str, value: Any) -> Any:
    """The value, checked with jsonschema against the spec's schema of that name (as the
    sandbox reads it); raises jsonschema's ValidationError."""
    return _spec_schemas().named(schema)(value)


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run a command without raising, capturing its output as text."""
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True)


def run_script(module: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m scripts.<module>`` with the tool environment's Python."""
    return run(sys.executable, "-m", f"scripts.{module}", *args)


def tree_digest(tree: Path) -> dict[str, str]:
    """Every file below ``tree`` (caches excluded) with the SHA-256 of its bytes."""
    return {
        path.relative_to(tree).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(tree.rglob("*"))
        if path.is_file() and not CACHES.intersection(path.parts)
    }


def copy_generated(destination: Path) -> Path:
    """A copy of the committed generated/ tree, without byte-code caches."""
    shutil.copytree(GENERATED, destination, ignore=shutil.ignore_patterns(*CACHES))
    return destination


def stable_repr(value: object) -> str:
    """``repr(value)`` without memory addresses: a test id every pytest-xdist worker agrees on."""
    return re.sub(r" at 0x[0-9a-fA-F]+", "", repr(value))
