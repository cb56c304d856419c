"""Checks of arguments and responses against the schemas of the API description.

Requests are checked in full before anything is sent: type, required fields, every pattern,
length, bound and enum. A violation raises ``ParamValidationError`` naming the parameter, the
value and the rule.

Responses are checked for shape only (types and required fields). A server that adds an enum
value or changes an id format must not break clients already installed, but a body that is
not what the spec promises still gets a clear ``APIResponseValidationError`` instead of an
``AttributeError`` three frames later.

The rules themselves are generated into ``kirimchat._rules`` from the spec.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, cast

from .errors import ParamValidationError
from .types import Unset


class Violation(Exception):
    """A value that breaks a rule. Containers add their key or index to ``parts`` on the way
    out, so the location is only spelled out when something is wrong (checks stay cheap)."""

    def __init__(self, value: Any, rule: str) -> None:
        super().__init__(rule)
        self.value = value
        self.rule = rule
        self.parts: list[str | int] = []

    def path(self, root: str = "") -> str:
        """``root.a.b[3]``: where the value is, below ``root``."""
        text = root
        for part in reversed(self.parts):
            if isinstance(part, int):
                text += f"[{part}]"
            else:
                text = f"{text}.{part}" if text else part
        return text


def _ecma_regex(pattern: str) -> re.Pattern[str]:
    """Compile a JSON Schema (ECMA-262) pattern so that Python matches it the same way.

    ``$`` becomes ``\\Z``: in ECMA-262 it matches only at the very end, while Python's ``$``
    also matches before a trailing newline, which would let ``"ctc_…\\n"`` through.
    ``re.ASCII`` keeps ``\\d`` and ``\\w`` to ASCII, as in ECMA-262.
    """
    out: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        elif char == "$":
            out.append(r"\Z")
        else:
            out.append(char)
    return re.compile("".join(out), re.ASCII)


class Rule:
    """What a value must be. ``strict`` adds the constraints checked only on requests."""

    __slots__ = ("nullable",)

    def __init__(self, nullable: bool = False) -> None:
        self.nullable = nullable

    def check(self, value: Any, strict: bool) -> None:
        if value is None:
            if not self.nullable:
                raise Violation(value, "must not be null")
            return
        self._check(value, strict)

    def _check(self, value: Any, strict: bool) -> None:
        raise NotImplementedError


class Anything(Rule):
    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(nullable=True)

    def _check(self, value: Any, strict: bool) -> None:
        return None


class String(Rule):
    __slots__ = ("_regex", "enum", "max_length", "min_length", "pattern")

    def __init__(
        self,
        *,
        pattern: str | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        enum: tuple[str, ...] | None = None,
        nullable: bool = False,
    ) -> None:
        super().__init__(nullable)
        self.pattern = pattern
        self.min_length = min_length
        self.max_length = max_length
        self.enum = enum
        self._regex = _ecma_regex(pattern) if pattern is not None else None

    def _check(self, value: Any, strict: bool) -> None:
        if not isinstance(value, str):
            raise Violation(value, f"must be a string, not {type(value).__name__}")
        if not strict:
            return
        if self.enum is not None and value not in self.enum:
            raise Violation(value, f"must be one of {', '.join(map(repr, self.enum))}")
        if self.min_length is not None and len(value) < self.min_length:
            raise Violation(value, f"must be at least {self.min_length} characters long")
        if self.max_length is not None and len(value) > self.max_length:
            raise Violation(value, f"must be at most {self.max_length} characters long")
        if self._regex is not None and self._regex.search(value) is None:
            raise Violation(value, f"must match the pattern {self.pattern}")


class Number(Rule):
    __slots__ = ("enum", "exclusive_maximum", "exclusive_minimum", "maximum", "minimum")
    _types: tuple[type, ...] = (int, float)
    _kind = "a number"

    def __init__(
        self,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
        exclusive_minimum: float | None = None,
        exclusive_maximum: float | None = None,
        enum: tuple[float, ...] | None = None,
        nullable: bool = False,
    ) -> None:
        super().__init__(nullable)
        self.minimum = minimum
        self.maximum = maximum
        self.exclusive_minimum = exclusive_minimum
        self.exclusive_maximum = exclusive_maximum
        self.enum = enum

    def _check(self, value: Any, strict: bool) -> None:
        # bool is an int subclass, but True is not a count.
        if isinstance(value, bool) or not isinstance(value, self._types):
            raise Violation(value, f"must be {self._kind}, not {type(value).__name__}")
        if not strict:
            return
        number = cast(float, value)
        if self.enum is not None and number not in self.enum:
            raise Violation(value, f"must be one of {', '.join(map(repr, self.enum))}")
        if self.minimum is not None and number < self.minimum:
            raise Violation(value, f"must be at least {self.minimum}")
        if self.maximum is not None and number > self.maximum:
            raise Violation(value, f"must be at most {self.maximum}")
        if self.exclusive_minimum is not None and number <= self.exclusive_minimum:
            raise Violation(value, f"must be greater than {self.exclusive_minimum}")
        if self.exclusive_maximum is not None and number >= self.exclusive_maximum:
            raise Violation(value, f"must be less than {self.exclusive_maximum}")


class Integer(Number):
    __slots__ = ()
    _types = (int,)
    _kind = "an integer"


class Boolean(Rule):
    __slots__ = ()

    def _check(self, value: Any, strict: bool) -> None:
        if not isinstance(value, bool):
            raise Violation(value, f"must be a boolean, not {type(value).__name__}")


class Array(Rule):
    __slots__ = ("items", "max_items", "min_items")

    def __init__(
        self,
        *,
        items: Rule,
        min_items: int | None = None,
        max_items: int | None = None,
        nullable: bool = False,
    ) -> None:
        super().__init__(nullable)
        self.items = items
        self.min_items = min_items
        self.max_items = max_items

    def _check(self, value: Any, strict: bool) -> None:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise Violation(value, f"must be a list, not {type(value).__name__}")
        if strict:
            if self.min_items is not None and len(value) < self.min_items:
                raise Violation(value, f"must have at least {self.min_items} items")
            if self.max_items is not None and len(value) > self.max_items:
                raise Violation(value, f"must have at most {self.max_items} items")
        for index, item in enumerate(value):
            try:
                self.items.check(item, strict)
            except Violation as violation:
                violation.parts.append(index)
                raise


class Object(Rule):
    __slots__ = ("additional", "closed", "properties", "required")

    def __init__(
        self,
        *,
        properties: Mapping[str, Rule],
        required: tuple[str, ...] = (),
        closed: bool = False,
        additional: Rule | None = None,
        nullable: bool = False,
    ) -> None:
        super().__init__(nullable)
        self.properties = dict(properties)
        self.required = required
        self.closed = closed
        self.additional = additional

    def _check(self, value: Any, strict: bool) -> None:
        if not isinstance(value, Mapping):
            raise Violation(value, f"must be an object, not {type(value).__name__}")
        for name in self.required:
            if name not in value:
                missing = Violation(None, "is required")
                missing.parts.append(name)
                raise missing
        for name, item in value.items():
            rule = self.properties.get(name, self.additional)
            if rule is not None:
                try:
                    rule.check(item, strict)
                except Violation as violation:
                    violation.parts.append(str(name))
                    raise
            elif strict and self.closed:
                unknown = Violation(item, "is not a known field")
                unknown.parts.append(str(name))
                raise unknown


class Nullable(Rule):
    """Another rule's value, or null: the ``oneOf: [schema, {type: "null"}]`` of OpenAPI 3.1."""

    __slots__ = ("rule",)

    def __init__(self, rule: Rule) -> None:
        super().__init__(nullable=True)
        self.rule = rule

    def _check(self, value: Any, strict: bool) -> None:
        self.rule.check(value, strict)


ModelT = TypeVar("ModelT")


def model_argument(model: type[ModelT], value: Any, name: str) -> Any:
    """A model argument given as a plain mapping, turned into the model; anything else as is."""
    if isinstance(value, model | Unset) or value is None:
        return value  # None and UNSET are judged by the rules of the field
    if not isinstance(value, Mapping):
        raise ParamValidationError(name, value, f"must be a {model.__name__} or a mapping")
    try:
        return model.from_dict(value)  # type: ignore[attr-defined]
    except (KeyError, TypeError, ValueError) as error:
        raise ParamValidationError(
            name, value, f"is not a valid {model.__name__}: {error!r}"
        ) from None


def check_argument(rule: Rule, value: Any, name: str) -> None:
    """Check one argument (or a request body, with ``name=""``) before it is sent."""
    try:
        rule.check(value, True)
    except Violation as violation:
        raise ParamValidationError(violation.path(name), violation.value, violation.rule) from None


def check_response(rule: Rule, value: Any) -> str | None:
    """The first problem of a decoded response body, or None when it has the promised shape."""
    try:
        rule.check(value, False)
    except Violation as violation:
        return f"{violation.path() or 'body'} {violation.rule}"
    return None
