"""The JSON Schema type of a JSON value: the generator and the sandbox read the same schemas
(the sandbox imports this module alone: nothing here may pull in the generator's tools)."""

from __future__ import annotations

from typing import Any


def json_type(value: Any) -> str:
    """The JSON Schema type of a JSON value (``2`` is an integer, ``True`` a boolean)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {float: "number", list: "array", dict: "object"}.get(type(value), "string")
