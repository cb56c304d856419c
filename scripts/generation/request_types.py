"""The request side of the SDK: every request body as a ``typing.TypedDict``, by
datamodel-code-generator, written to ``kirimchat/params.py``.

datamodel-code-generator is best at turning JSON Schema into Python types, so it writes them;
this module only decides what it sees and reads back what it wrote:

- ``derive`` builds an OpenAPI document whose components are exactly the request side: the
  schemas that request bodies refer to (and what those refer to), plus one component per inline
  body (``<OperationId>Body``), with ``readOnly`` properties left out (the API sets them);
- ``start`` runs the generator on it in a subprocess (its options are in pyproject.toml's
  ``[tool.datamodel-codegen]``), so that it runs while openapi-python-client does;
- ``read`` parses the module it wrote (with ``ast``, never importing it) into each TypedDict's
  fields, so that the resource methods' keyword arguments have exactly those types.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .spec import Spec

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MODULE = "params.py"


@dataclass(frozen=True)
class Field:
    """One key of a TypedDict: its wire name, its Python type, whether it must be given."""

    name: str
    annotation: str
    required: bool


@dataclass
class RequestTypes:
    """What datamodel-code-generator wrote: the module's text and each type it defines."""

    text: str
    fields: dict[str, list[Field]] = field(default_factory=dict)  # TypedDict → its keys
    names: set[str] = field(default_factory=set)  # every name the module defines

    def qualified(self, annotation: str) -> str:
        """``annotation`` with each name of this module as ``params.<name>`` (a response model
        may have the same name), leaving quoted text (``Literal["x"]``) as it is."""
        parts = re.split(r"(\"[^\"]*\"|'[^']*')", annotation)
        for index in range(0, len(parts), 2):
            parts[index] = re.sub(
                r"(?<![\w.])([A-Za-z_]\w*)\b",
                lambda found: f"params.{found[1]}" if found[1] in self.names else found[1],
                parts[index],
            )
        return "".join(parts)


def body_component(operation_id: str) -> str:
    """The component name under which an inline request body is generated."""
    return operation_id[:1].upper() + operation_id[1:] + "Body"


def body_schema(spec: Spec, operation: dict[str, Any]) -> Any:
    """The JSON schema of an operation's request body, or None when it has none."""
    body = spec.resolve(operation.get("requestBody"))
    if not isinstance(body, dict):
        return None
    content = body.get("content") or {}
    media: Any = next(iter(content.values()), {}) if content else {}
    return media.get("schema") if isinstance(media, dict) else None


def derive(spec: Spec) -> dict[str, Any]:
    """An OpenAPI document whose components are the request side of ``spec``."""
    schemas: dict[str, Any] = spec.data.get("components", {}).get("schemas", {})
    chosen: dict[str, Any] = {}

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                name = ref.removeprefix(SCHEMA_REF)
                if name not in chosen and name in schemas:
                    chosen[name] = schemas[name]
                    visit(schemas[name])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for item in spec.data.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            schema = body_schema(spec, operation)
            if schema is None:
                continue
            visit(schema)
            if not (isinstance(schema, dict) and set(schema) == {"$ref"}):
                chosen[body_component(str(operation.get("operationId", "")))] = schema
    return {
        "openapi": spec.data.get("openapi", "3.1.0"),
        "info": {"title": "request side", "version": "0"},
        "paths": {},
        "components": {"schemas": {k: _request_only(chosen[k]) for k in sorted(chosen)}},
    }


def _request_only(schema: Any) -> Any:
    """``schema`` without what a request must not send (``readOnly`` properties: the API sets
    them) nor what only illustrates it (examples)."""
    if isinstance(schema, list):
        return [_request_only(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("example", "examples"):
            continue
        if key == "properties" and isinstance(value, dict):
            value = {
                name: _request_only(sub)
                for name, sub in value.items()
                if not (isinstance(sub, dict) and sub.get("readOnly") is True)
            }
        elif key not in ("enum", "const", "default"):
            value = _request_only(value)
        result[key] = value
    if isinstance(result.get("properties"), dict) and isinstance(result.get("required"), list):
        result["required"] = [name for name in result["required"] if name in result["properties"]]
    return result


class Run:
    """datamodel-code-generator, running in a subprocess on the derived document."""

    def __init__(self, spec: Spec) -> None:
        self._scratch = Path(tempfile.mkdtemp(prefix="kirimchat-params-"))
        document = derive(spec)
        self._process: subprocess.Popen[str] | None = None
        if not document["components"]["schemas"]:
            return  # no request bodies: the generator refuses an empty document
        source = self._scratch / "request-side.json"
        source.write_text(json.dumps(document, indent=1), encoding="utf-8")
        self._output = self._scratch / MODULE
        tool = Path(sys.executable).parent / "datamodel-codegen"
        # Its formatter reads the settings of the project around the output file: the
        # scratch directory has none, so the output depends only on pyproject.toml's options.
        self._process = subprocess.Popen(
            [str(tool), "--input", str(source), "--output", str(self._output)],
            cwd=ROOT,  # where pyproject.toml's [tool.datamodel-codegen] options are
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def result(self) -> RequestTypes:
        """Wait for the generator; raise ``RuntimeError`` with its output when it failed."""
        if self._process is None:
            return read(_EMPTY)
        try:
            stdout, stderr = self._process.communicate()
            if self._process.returncode != 0:
                raise RuntimeError(f"datamodel-codegen failed:\n{stderr or stdout}")
            return read(self._output.read_text(encoding="utf-8"))
        finally:
            self.cancel()

    def cancel(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
        shutil.rmtree(self._scratch, ignore_errors=True)


_EMPTY = """# Generated from openapi.yaml by datamodel-code-generator
# (scripts/generation/request_types.py): the API description has no request body.
"""


def read(text: str) -> RequestTypes:
    """Each TypedDict of datamodel-code-generator's module, class or functional syntax."""
    tree = ast.parse(text)
    types = RequestTypes(text)
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            types.names.add(node.name)
            if any(ast.unparse(base) == "TypedDict" for base in node.bases):
                types.fields[node.name] = [
                    _field(item.target.id, item.annotation)
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                ]
        elif isinstance(node, ast.AnnAssign | ast.Assign):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            if not isinstance(target, ast.Name):
                continue
            types.names.add(target.id)
            value = node.value
            if (
                isinstance(value, ast.Call)
                and ast.unparse(value.func) == "TypedDict"
                and len(value.args) > 1
                and isinstance(value.args[1], ast.Dict)
            ):
                types.fields[target.id] = [
                    _field(ast.literal_eval(key), annotation)
                    for key, annotation in zip(
                        value.args[1].keys, value.args[1].values, strict=True
                    )
                    if key is not None
                ]
    return types


def _field(name: str, annotation: ast.expr) -> Field:
    required = True
    if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "NotRequired":
        required = False
        annotation = annotation.slice
    return Field(name, ast.unparse(annotation), required)
