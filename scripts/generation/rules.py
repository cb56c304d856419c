"""The rules compiler: every JSON Schema of the spec as a Python expression of
``kirimchat._validation`` rule objects, so that the client enforces each pattern, length, bound
and enum before sending (and, strictly, checks what it receives).

It reads the raw spec only (never openapi-python-client's parsed data). A keyword the client
cannot check fails generation, naming its place in the spec, rather than being dropped.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from .names import snake
from .spec import PathParts as Where
from .spec import Spec

SCHEMA_REF = "#/components/schemas/"


class ModelError(Exception):
    """The spec uses something the generator cannot express: what, and where in the spec."""

    def __init__(self, where: Where, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


@dataclass
class SchemaRule:
    constant: str  # the Python constant in kirimchat._rules
    name: str  # the component's name
    expression: str
    depends_on: list[str]


_STRING_KEYWORDS = {
    "pattern": "pattern",
    "minLength": "min_length",
    "maxLength": "max_length",
    "format": "format",
}
_NUMBER_KEYWORDS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "multipleOf": "multiple_of",
}
_ARRAY_KEYWORDS = {"minItems": "min_items", "maxItems": "max_items", "uniqueItems": "unique_items"}
_OBJECT_KEYWORDS = {"minProperties": "min_properties", "maxProperties": "max_properties"}
_TYPES = {"string", "integer", "number", "boolean", "array", "object", "null"}
# Constraints the client cannot check yet: a spec using one fails generation, naming it,
# rather than getting a client that silently lets what it forbids through.
UNSUPPORTED = (
    "not",
    "if",
    "then",
    "else",
    "patternProperties",
    "dependentRequired",
    "dependentSchemas",
    "contains",
    "prefixItems",
    "unevaluatedProperties",
    "unevaluatedItems",
    "$dynamicRef",
)


def schema_rules(spec: Spec) -> list[SchemaRule]:
    """One named rule per component schema, ordered so that each follows what it uses."""
    schemas = spec.data.get("components", {}).get("schemas", {})
    named: dict[str, SchemaRule] = {}
    for name, schema in schemas.items():
        expression = rule(spec, schema, ("components", "schemas", name), top=True)
        depends = sorted(
            set(re.findall(r"\b([A-Z][A-Z0-9_]*)\b", expression)) & _constants(schemas)
        )
        named[name] = SchemaRule(rule_constant(name), name, expression, depends)
    ordered: list[SchemaRule] = []
    placed: set[str] = set()
    while len(ordered) < len(named):
        ready = [
            r for r in named.values() if r.constant not in placed and set(r.depends_on) <= placed
        ]
        if not ready:
            # Recursive schemas (a tree whose nodes hold nodes): what is left refers to itself
            # or to the others left; they go last, referring to those lazily.
            ready = [named[name] for name in named if named[name].constant not in placed]
            token = _LAZY.set(frozenset(r.constant for r in ready))
            try:
                ready = [
                    SchemaRule(
                        r.constant,
                        r.name,
                        rule(spec, schemas[r.name], ("components", "schemas", r.name), top=True),
                        r.depends_on,
                    )
                    for r in ready
                ]
            finally:
                _LAZY.reset(token)
        for ready_rule in ready:
            ordered.append(ready_rule)
            placed.add(ready_rule.constant)
    return ordered


_LAZY: ContextVar[frozenset[str]] = ContextVar("lazy_rule_references", default=frozenset())
"""The rule constants a rule being written refers to lazily: those of a cycle."""


def rule_constant(schema_name: str) -> str:
    return snake(schema_name).upper()


def _constants(schemas: dict[str, Any]) -> set[str]:
    return {rule_constant(name) for name in schemas}


def _ref_name(ref: str, where: Where) -> str:
    if not ref.startswith(SCHEMA_REF):
        raise ModelError(
            (*where, "$ref"), f"only references to components/schemas are supported: {ref}"
        )
    return ref.removeprefix(SCHEMA_REF)


def rule(spec: Spec, schema: Any, where: Where, top: bool = False) -> str:
    """A Python expression building the rule for ``schema``; references become constants."""
    if not isinstance(schema, dict):
        return "Anything()"
    for keyword in UNSUPPORTED:
        if keyword in schema:
            raise ModelError((*where, keyword), f"`{keyword}` is not supported by the generator")
    if "$ref" in schema and not top:
        reference = rule_constant(_ref_name(schema["$ref"], where))
        if reference in _LAZY.get():
            # Part of a cycle: looked up when a value is checked, once every rule exists.
            reference = f"Lazy(lambda: {reference})"
        # Beside a $ref (OpenAPI 3.1) only annotations are expected; constraints combine.
        rest = {k: v for k, v in schema.items() if k != "$ref" and k not in _ANNOTATIONS}
        if not rest:
            return reference
        return f"AllOf(({reference}, {rule(spec, rest, where)}))"
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            return _union(spec, schema, keyword, where)
    if "allOf" in schema:
        parts = [
            rule(spec, part, (*where, "allOf", index)) for index, part in enumerate(schema["allOf"])
        ]
        own = {k: v for k, v in schema.items() if k != "allOf" and k not in _ANNOTATIONS}
        if own:
            parts.append(rule(spec, own, where))
        return f"AllOf(({', '.join(parts)},))"
    if "const" in schema:
        return f"Const({schema['const']!r})"
    types = schema.get("type")
    type_list = [types] if isinstance(types, str) else list(types or [])
    nullable = "null" in type_list
    type_list = [t for t in type_list if t != "null"]
    unknown = set(type_list) - _TYPES
    if unknown:
        raise ModelError((*where, "type"), f"unknown type {sorted(unknown)}")
    enum = schema.get("enum")
    if enum is not None and not all(isinstance(v, str) or v is None for v in enum):
        return f"Const({', '.join(map(repr, enum))})"
    if not type_list:
        if enum is not None:
            type_list = ["string"]
        elif "properties" in schema:
            type_list = ["object"]
        else:
            return "Anything()"
    if len(type_list) > 1:
        branches = [rule(spec, {**schema, "type": t}, where) for t in type_list]
        suffix = ", nullable=True" if nullable else ""
        return f"OneOf(({', '.join(branches)},){suffix})"
    return _typed_rule(spec, schema, type_list[0], nullable, where)


# Keywords that describe a schema without constraining its values.
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "summary",
        "example",
        "examples",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
        "externalDocs",
        "xml",
    }
)


def _union(spec: Spec, schema: dict[str, Any], keyword: str, where: Where) -> str:
    """``oneOf``/``anyOf``: ``[X, null]`` is a nullable X; a discriminator picks by a field."""
    branches = schema[keyword]
    others = [b for b in branches if not (isinstance(b, dict) and b.get("type") == "null")]
    nullable = len(others) < len(branches)
    branch_rules = [
        rule(spec, b, (*where, keyword, i)) for i, b in enumerate(branches) if b in others
    ]
    if len(branch_rules) == 1:
        return f"Nullable({branch_rules[0]})" if nullable else branch_rules[0]
    args = [f"({', '.join(branch_rules)},)"]
    discriminator = schema.get("discriminator")
    if discriminator:
        where = (*where, "discriminator")
        args.append(f"discriminator={discriminator['propertyName']!r}")
        mapping = {
            value: rule_constant(_ref_name(ref, (*where, "mapping", value)))
            for value, ref in (discriminator.get("mapping") or {}).items()
        }
        # Without a mapping, a branch's schema name is its discriminator value.
        for index, branch in enumerate(others):
            if not isinstance(branch, dict) or "$ref" not in branch:
                raise ModelError(
                    (*where[:-1], keyword, index), "a discriminated branch must be a $ref"
                )
            name = _ref_name(branch["$ref"], (*where[:-1], keyword, index))
            if rule_constant(name) not in mapping.values():
                mapping[name] = rule_constant(name)
        entries = ", ".join(f"{value!r}: {rule}" for value, rule in mapping.items())
        args.append(f"mapping={{{entries}}}")
    if nullable:
        args.append("nullable=True")
    return f"OneOf({', '.join(args)})"


def _typed_rule(spec: Spec, schema: dict[str, Any], kind: str, nullable: bool, where: Where) -> str:
    args: list[str] = []
    if kind == "string":
        args += _keyword_args(schema, _STRING_KEYWORDS)
        if "enum" in schema:
            args.append(f"enum={tuple(v for v in schema['enum'] if v is not None)!r}")
        call = "String"
    elif kind in ("integer", "number"):
        args += _keyword_args(schema, _NUMBER_KEYWORDS)
        call = "Integer" if kind == "integer" else "Number"
    elif kind == "boolean":
        call = "Boolean"
    elif kind == "array":
        items = rule(spec, schema.get("items", {}), (*where, "items"))
        args.append(f"items={items}")
        args += _keyword_args(schema, _ARRAY_KEYWORDS)
        call = "Array"
    else:
        args += _object_args(spec, schema, where)
        call = "Object"
    if nullable:
        args.append("nullable=True")
    return f"{call}({', '.join(args)})"


def _object_args(spec: Spec, schema: dict[str, Any], where: Where) -> list[str]:
    properties = schema.get("properties", {})
    fields = ", ".join(
        f"{name!r}: {rule(spec, sub, (*where, 'properties', name))}"
        for name, sub in properties.items()
    )
    args = [f"properties={{{fields}}}"]
    required = tuple(schema.get("required", []))
    if required:
        args.append(f"required={required!r}")
    additional = schema.get("additionalProperties")
    if additional is False:
        args.append("closed=True")
    elif isinstance(additional, dict) and additional:
        args.append(f"additional={rule(spec, additional, (*where, 'additionalProperties'))}")
    args += _keyword_args(schema, _OBJECT_KEYWORDS)
    names = schema.get("propertyNames")
    if isinstance(names, dict):
        names_rule = rule(spec, {"type": "string", **names}, (*where, "propertyNames"))
        args.append(f"property_names={names_rule}")
    for keyword, python in (
        ("readOnly", "read_only"),
        ("writeOnly", "write_only"),
        ("deprecated", "deprecated"),
    ):
        names = tuple(
            name
            for name, sub in properties.items()
            if isinstance(sub, dict) and spec.resolve(sub).get(keyword) is True
        )
        if names:
            args.append(f"{python}={names!r}")
    return args


def _keyword_args(schema: dict[str, Any], keywords: dict[str, str]) -> list[str]:
    return [f"{python}={schema[json]!r}" for json, python in keywords.items() if json in schema]
