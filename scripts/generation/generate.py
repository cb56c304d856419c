"""Regenerate generated/ from openapi.yaml, templates/ and runtime/, atomically.

    python -m scripts.generation            # rebuild generated/ (what `make generate` runs)
    python -m scripts.generation --check    # rebuild into a temporary directory and diff

The tree is built in a temporary directory next to the output and swapped in only when every
step succeeded, so an invalid spec or a failing generator leaves generated/ as it was.

Steps, in order:
1. scripts.generation.spec validates the spec and names the location of every problem;
2. datamodel-code-generator writes the request side as TypedDicts (kirimchat/params.py), in a
   subprocess that runs while step 3 does (scripts.generation.request_types; its options are in
   pyproject.toml);
3. openapi-python-client renders the client and the response models with our template
   overrides (templates/openapi-python-client/, configured by
   templates/openapi-python-client.yaml), and our own templates (templates/kirimchat/: the
   operations as data, the resources) with the same Jinja environment
   (scripts.generation.render, from what scripts.generation.reading read of the spec);
4. ruff fixes imports and formats the whole tree;
5. the runtime (runtime/kirimchat/, plain Python) is copied in as it is;
6. scripts.generation.api_reference reads the finished package with griffe and writes api.md;
7. every file gets a first line naming what it was made from.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import request_types

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = ROOT / "openapi.yaml"
DEFAULT_OUT = ROOT / "generated"
BIN = Path(sys.executable).parent


class GenerationError(Exception):
    """A generator failed; the message says which one and why."""


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        raise GenerationError(f"{name} is not installed in {BIN}; run `make setup`")
    return str(path)


def build(spec_path: Path, out: Path) -> None:
    """Write the whole generated tree for ``spec_path`` into the empty directory ``out``."""
    out.mkdir(parents=True)
    from . import spec as spec_module

    try:
        spec = spec_module.load(spec_path)
    except spec_module.SpecError as error:
        raise GenerationError(str(error)) from None
    # datamodel-code-generator takes about as long as everything else together: it runs
    # while this process imports the other generator and renders.
    request_side = request_types.Run(spec)
    try:
        from . import render  # imported here, so that importing it overlaps with the subprocess

        try:
            origins = render.render_package(spec, spec_path, out, request_side.result)
        except RuntimeError as error:
            raise GenerationError(str(error)) from None
        except render.RenderError as error:
            raise GenerationError(str(error)) from None
    finally:
        request_side.cancel()
    _format(out)
    render.copy_runtime(out / "kirimchat")
    from . import api_reference

    api_reference.write(out)
    origins["api.md"] = "scripts/generation/api_reference.py"
    try:
        render.stamp(out, origins)
    except render.RenderError as error:
        raise GenerationError(str(error)) from None


def _format(tree: Path) -> None:
    ruff = _tool("ruff")
    for command in (
        [ruff, "check", "--fix-only", "--quiet", "--no-cache", "."],
        [ruff, "format", "--quiet", "--no-cache", "."],
    ):
        result = subprocess.run(command, cwd=tree, capture_output=True, text=True)
        if result.returncode != 0:
            output = (result.stderr + result.stdout).strip()
            raise GenerationError(f"ruff {command[1]} failed on the generated code:\n{output}")


def generate(spec_path: Path, out: Path) -> None:
    """Rebuild ``out`` from ``spec_path``; on any failure ``out`` is left untouched."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    keep = os.environ.get("KIRIM_KEEP_STAGING") == "1"  # to debug a template: look at the tree
    try:
        build(spec_path, staging / out.name)
        if out.exists():
            out.rename(staging / "previous")
        (staging / out.name).rename(out)
    finally:
        if keep:
            print(f"staging kept in {staging}", file=sys.stderr)
        else:
            shutil.rmtree(staging, ignore_errors=True)


# Caches that tools write next to the code; never part of what is generated.
CACHE_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def _files(tree: Path) -> Iterator[Path]:
    for path in sorted(tree.rglob("*")):
        if path.is_file() and not CACHE_DIRS.intersection(path.parts):
            yield path.relative_to(tree)


def diff(expected: Path, actual: Path, label: str) -> list[str]:
    """A unified diff from ``actual`` (committed) to ``expected`` (freshly generated)."""
    lines: list[str] = []
    for name in sorted(set(_files(expected)) | set(_files(actual))):
        new = (
            (expected / name).read_text(encoding="utf-8").splitlines(keepends=True)
            if (expected / name).exists()
            else []
        )
        old = (
            (actual / name).read_text(encoding="utf-8").splitlines(keepends=True)
            if (actual / name).exists()
            else []
        )
        if new != old:
            lines.extend(difflib.unified_diff(old, new, f"a/{label}/{name}", f"b/{label}/{name}"))
    return lines


def check(spec_path: Path, out: Path) -> int:
    """Exit status 0 when ``out`` is exactly what the spec and templates produce now."""
    with tempfile.TemporaryDirectory(prefix=".check-") as scratch:
        fresh = Path(scratch) / out.name
        build(spec_path, fresh)
        changes = diff(fresh, out, out.name)
    if not changes:
        print(f"{out.name}/ is up to date with {spec_path.name} and templates/")
        return 0
    sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in changes)
    print(
        f"\n{out.name}/ is stale: it differs from what {spec_path.name} and templates/ generate "
        "(diff above, committed → fresh).\nFix: run `make generate` and commit the result. "
        f"Never edit {out.name}/ by hand.",
        file=sys.stderr,
    )
    return 1


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI document")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the generated tree")
    parser.add_argument("--check", action="store_true", help="diff instead of writing")
    args = parser.parse_args(argv)
    spec_path, out = args.spec.resolve(), args.out.resolve()
    try:
        if args.check:
            return check(spec_path, out)
        generate(spec_path, out)
    except GenerationError as exc:
        print(f"generation failed, {out.name}/ left unchanged:\n{exc}", file=sys.stderr)
        return 1
    print(f"regenerated {out.name}/ from {spec_path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
