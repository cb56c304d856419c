"""Hypothesis strategies for the JSON Schema subset our OpenAPI document uses.

Why not hypothesis-jsonschema: its 0.23.1 (the latest) relies on Hypothesis internals that
6.170 removed (`'many' object has no attribute 'more'` on any object schema). This covers what
the spec uses and refuses, by name, any keyword it does not know, so a spec that outgrows it
fails loudly instead of generating too little. Patterns are matched in full (JSON Schema's
ECMA-262 `$` does not accept a trailing newline; Python's `$` would).
"""

from __future__ import annotations

import json
from datetime import UTC
from typing import Any

from hypothesis import strategies as st

# Keywords that describe but do not constrain.
ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "examples",
        "example",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
        "discriminator",  # says which oneOf branch to read; the branches constrain
    }
)
HANDLED = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "anyOf",
        "oneOf",
        "pattern",
        "minLength",
        "maxLength",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
        "properties",
        "minProperties",
        "maxProperties",
        "required",
        "additionalProperties",
    }
)


def _resolve(document: dict[str, Any], ref: str) -> dict[str, Any]:
    target: Any = document
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return dict(target)


def strategy(schema: dict[str, Any], document: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values valid against `schema`; `$ref`s are resolved in `document`."""
    unknown = set(schema) - HANDLED - ANNOTATIONS
    if unknown:
        raise NotImplementedError(f"schema_strategy does not handle {sorted(unknown)}")
    if "$ref" in schema:
        return st.deferred(lambda: strategy(_resolve(document, schema["$ref"]), document))
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            # oneOf's branches must not overlap for this to be right; ours are typed apart.
            return st.one_of([strategy(branch, document) for branch in schema[combinator]])
    types = schema.get("type")
    if isinstance(types, list):
        return st.one_of([strategy({**schema, "type": one}, document) for one in types])
    return _typed(types, schema, document)


def _typed(kind: str | None, schema: dict[str, Any], document: dict[str, Any]) -> Any:
    if kind == "string":
        return _string(schema)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    low, high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if kind == "integer":
        return st.integers(
            schema.get("minimum", None if low is None else low + 1),
            schema.get("maximum", None if high is None else high - 1),
        )
    if kind == "number":
        return st.floats(
            schema.get("minimum", low),
            schema.get("maximum", high),
            exclude_min=low is not None,
            exclude_max=high is not None,
            allow_nan=False,
            allow_infinity=False,
        )
    if kind == "array":
        return st.lists(
            strategy(schema.get("items", {}), document),
            min_size=schema.get("minItems", 0),
            max_size=schema.get("maxItems", 5),
            # JSON's equality: 1 and 1.0 are the same item, and so are equal objects.
            unique_by=(lambda item: json.dumps(item, sort_keys=True))
            if schema.get("uniqueItems")
            else None,
        )
    if kind == "object":
        return _object(schema, document)
    raise NotImplementedError(f"schema_strategy needs a type, got {kind!r} in {schema}")


def _string(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if "pattern" in schema:
        text = st.from_regex(schema["pattern"], fullmatch=True)
    elif schema.get("format") == "date-time":
        text = st.datetimes(timezones=st.just(UTC)).map(
            lambda moment: moment.isoformat().replace("+00:00", "Z")
        )
    elif schema.get("format") in FORMATS:
        text = FORMATS[schema["format"]]
    elif "format" in schema:
        raise NotImplementedError(f"schema_strategy does not handle format {schema['format']}")
    else:
        return st.text(min_size=low, max_size=high if high is not None else 40)
    return text.filter(
        lambda value: low <= len(value) <= (high if high is not None else len(value))
    )


FORMATS: dict[str, st.SearchStrategy[str]] = {
    "date": st.dates().map(lambda day: day.isoformat()),
    "uuid": st.uuids().map(str),
    "email": st.from_regex(r"[a-z0-9]{1,10}@[a-z]{1,10}\.(com|id|test)", fullmatch=True),
    "uri": st.from_regex(r"https://[a-z]{1,10}\.example/[a-z0-9]{0,10}", fullmatch=True),
}


def _object(schema: dict[str, Any], document: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    extra = schema.get("additionalProperties", True)
    if extra is True or extra == {}:
        extra = ANY_JSON  # open to any property: its values may be any JSON at all
    fixed = {name: strategy(properties[name], document) for name in properties if name in required}
    optional = {
        name: strategy(sub, document) for name, sub in properties.items() if name not in required
    }
    declared = st.fixed_dictionaries(fixed, optional=optional)
    if extra is not False:
        # Undeclared properties, each valid against `additionalProperties` (metadata's strings).
        names = st.text(min_size=1, max_size=20).filter(lambda name: name not in properties)
        values = _any_json() if extra is ANY_JSON else strategy(extra, document)
        undeclared = st.dictionaries(names, values, max_size=4)
        declared = st.tuples(declared, undeclared).map(lambda parts: {**parts[1], **parts[0]})
    low, high = schema.get("minProperties", 0), schema.get("maxProperties")
    return declared.filter(lambda value: low <= len(value) <= (high or len(value)))


ANY_JSON: dict[str, Any] = {}  # a marker: `additionalProperties` that allows any value


def _any_json() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=10)
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=5,
    )
