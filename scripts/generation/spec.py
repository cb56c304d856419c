"""Load openapi.yaml and say exactly where it is wrong.

Every problem is reported as ``openapi.yaml:LINE: a → b → c: message`` so that a person can
jump to the line. Three layers of checks run, cheapest first:

1. YAML syntax (PyYAML, with the line and column of the error);
2. the OpenAPI 3.1 document itself (openapi-spec-validator), plus every Schema Object against
   the JSON Schema 2020-12 meta-schema so that schema errors get a full location;
3. every ``example``/``examples`` against the schema it illustrates (jsonschema).

Usage: python -m scripts.generation.spec [openapi.yaml]   (exit 1 and the problems when invalid)
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import yaml  # type: ignore[import-untyped]
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

PathParts = tuple[str | int, ...]


class SpecError(Exception):
    """The spec cannot be used; the message lists every problem with its location."""


@dataclass(frozen=True)
class Problem:
    path: PathParts
    message: str


class Spec:
    """A parsed OpenAPI document that remembers the source line of every node."""

    def __init__(self, source: Path) -> None:
        self.source = source
        text = source.read_text(encoding="utf-8")
        try:
            self._root = yaml.compose(text, Loader=yaml.SafeLoader)
            self.data: dict[str, Any] = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else str(source)
            raise SpecError(f"{where}: not valid YAML: {exc}") from None
        if not isinstance(self.data, dict):
            raise SpecError(f"{source}:1: the document must be a mapping, not {type(self.data)}")
        duplicates = list(_duplicate_keys(self._root, ()))
        if duplicates:
            raise SpecError(
                f"{source} repeats keys (YAML would silently keep only the last one):\n  "
                + "\n  ".join(
                    f"{source}:{line}: {' → '.join(map(str, path))}: duplicate key"
                    for path, line in duplicates
                )
            )

    def line_of(self, path: PathParts) -> int:
        """The 1-based line of the deepest node of ``path`` that exists."""
        node = self._root
        for part in path:
            child = None
            if isinstance(node, yaml.MappingNode):
                child = next((v for k, v in node.value if k.value == str(part)), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                child = node.value[part] if part < len(node.value) else None
            if child is None:
                break
            node = child
        return node.start_mark.line + 1 if node is not None else 1

    def describe(self, problem: Problem) -> str:
        where = " → ".join(str(p) for p in problem.path) or "(document)"
        return f"{self.source}:{self.line_of(problem.path)}: {where}: {problem.message}"

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref`` pointers until a node that is not a reference."""
        seen = set()
        while isinstance(node, dict) and "$ref" in node and len(node) == 1:
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                break
            seen.add(ref)
            node = self.data
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node


def _duplicate_keys(node: yaml.Node, path: PathParts) -> Iterator[tuple[PathParts, int]]:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                yield (*path, key.value), key.start_mark.line + 1
            seen.add(key.value)
            yield from _duplicate_keys(value, (*path, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _duplicate_keys(item, (*path, index))


def _schema_positions(spec: dict[str, Any]) -> Iterator[tuple[PathParts, Any]]:
    """Every Schema Object of the document with its path (components, parameters, bodies...)."""

    def walk(node: Any, path: PathParts) -> Iterator[tuple[PathParts, Any]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "schema" and isinstance(value, dict | bool):
                    yield (*path, key), value
                elif key == "schemas" and path == ("components",) and isinstance(value, dict):
                    for name, schema in value.items():
                        yield (*path, key, name), schema
                else:
                    yield from walk(value, (*path, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from walk(item, (*path, index))

    yield from walk(spec, ())


def _structure_problems(spec: Spec) -> list[Problem]:
    problems: list[Problem] = []
    meta = jsonschema.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA)
    for path, schema in _schema_positions(spec.data):
        for error in meta.iter_errors(schema):
            problems.append(Problem((*path, *error.absolute_path), error.message))
    if problems:
        return problems
    # The document-level validator reports schema errors relative to the schema; by now the
    # meta-schema pass has located those, so what remains has a document path.
    for error in OpenAPIV31SpecValidator(spec.data).iter_errors():
        problems.append(Problem(tuple(error.absolute_path), error.message))
    return problems


def _example_problems(spec: Spec) -> list[Problem]:
    """Check each example against the schema beside it, resolving ``$ref`` in the document."""
    registry: Registry = Registry().with_resource(
        "urn:openapi", Resource.from_contents(spec.data, default_specification=DRAFT202012)
    )
    problems: list[Problem] = []

    def check(schema: Any, example: Any, path: PathParts) -> None:
        schema = _rebase_refs(schema)
        validator = jsonschema.Draft202012Validator(schema, registry=registry)
        for error in validator.iter_errors(example):
            problems.append(Problem((*path, *error.absolute_path), error.message))

    def walk(node: Any, path: PathParts) -> None:
        if isinstance(node, dict):
            node_schema = node.get("schema")
            if node_schema is not None:
                if "example" in node:
                    check(node_schema, node["example"], (*path, "example"))
                for name, example in (node.get("examples") or {}).items():
                    example = spec.resolve(example)
                    if isinstance(example, dict) and "value" in example:
                        check(node_schema, example["value"], (*path, "examples", name, "value"))
            elif path[:2] == ("components", "schemas") or path[-2:-1] == ("properties",):
                for index, example in enumerate(node.get("examples") or []):
                    check(node, example, (*path, "examples", index))
                if "example" in node:
                    check(node, node["example"], (*path, "example"))
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, (*path, index))

    walk(spec.data, ())
    return problems


def _rebase_refs(schema: Any) -> Any:
    """Point ``#/components/...`` references at the whole document held in the registry."""
    if isinstance(schema, dict):
        return {
            key: (
                "urn:openapi" + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _rebase_refs(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_rebase_refs(item) for item in schema]
    return schema


def load(source: Path) -> Spec:
    """Parse and validate ``source``; raise SpecError naming every problem's location."""
    spec = Spec(source)
    problems = _structure_problems(spec) or _example_problems(spec)
    if problems:
        lines = [spec.describe(p) for p in problems]
        raise SpecError(f"{source} is not a valid OpenAPI 3.1 document:\n  " + "\n  ".join(lines))
    return spec


def main(argv: Sequence[str]) -> int:
    source = Path(argv[0] if argv else "openapi.yaml")
    try:
        load(source)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{source}: valid OpenAPI 3.1; every example matches its schema")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
