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

import datetime
import json
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
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


# ECMA-262's WhiteSpace and LineTerminator code points: what ``\s`` matches in JavaScript.
_ECMA_SPACES = (
    "\\t\\n\\v\\f\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
)


def ecma_regex(pattern: str) -> re.Pattern[str]:
    """Compile a JSON Schema (ECMA-262) pattern so that Python matches it the same way.

    ``$`` becomes ``\\Z``: in ECMA-262 it matches only at the very end, while Python's ``$``
    also matches before a trailing newline, which would let ``"ctc_…\\n"`` through.
    ``re.ASCII`` keeps ``\\d`` and ``\\w`` to ASCII, as in ECMA-262, whose ``\\s`` is
    Unicode-aware: it is spelled out as ECMA-262's white space and line terminators.
    """
    out: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            if char == "s" or (char == "S" and not in_class):
                out.pop()  # the backslash
                negation = "^" if char == "S" else ""
                out.append(_ECMA_SPACES if in_class else f"[{negation}{_ECMA_SPACES}]")
            else:
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


def _is_date_time(text: str) -> bool:
    if _DATE_TIME.fullmatch(text) is None:
        return False
    try:
        datetime.datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _is_date(text: str) -> bool:
    if _DATE.fullmatch(text) is None:
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_uuid(text: str) -> bool:
    return _UUID.fullmatch(text) is not None


# RFC 3339 (date-time, full-date), RFC 4122 (uuid), RFC 3986 (uri: a scheme, no white space)
# and a practical RFC 5321 address (email): what the server's JSON Schema validator checks.
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})", re.ASCII
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", re.ASCII)
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*", re.ASCII)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
FORMATS: dict[str, Callable[[str], bool]] = {
    "date-time": _is_date_time,
    "date": _is_date,
    "uuid": _is_uuid,
    "uri": lambda text: _URI.fullmatch(text) is not None,
    "email": lambda text: _EMAIL.fullmatch(text) is not None,
}
"""The formats whose strings are checked before sending; others are annotations only."""


class String(Rule):
    __slots__ = ("_format", "_regex", "enum", "format", "max_length", "min_length", "pattern")

    def __init__(
        self,
        *,
        pattern: str | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        enum: tuple[str, ...] | None = None,
        format: str | None = None,
        nullable: bool = False,
    ) -> None:
        super().__init__(nullable)
        self.format = format
        self._format = FORMATS.get(format or "")
        self.pattern = pattern
        self.min_length = min_length
        self.max_length = max_length
        self.enum = enum
        self._regex = ecma_regex(pattern) if pattern is not None else None

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
        if self._format is not None and not self._format(value):
            raise Violation(value, f"must be a valid {self.format}")


class Number(Rule):
    __slots__ = (
        "enum",
        "exclusive_maximum",
        "exclusive_minimum",
        "maximum",
        "minimum",
        "multiple_of",
    )
    _types: tuple[type, ...] = (int, float)
    _kind = "a number"

    def __init__(
        self,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
        exclusive_minimum: float | None = None,
        exclusive_maximum: float | None = None,
        multiple_of: float | None = None,
        enum: tuple[float, ...] | None = None,
        nullable: bool = False,
    ) -> None:
        super().__init__(nullable)
        self.multiple_of = None if multiple_of is None else Fraction(str(multiple_of))
        self.minimum = minimum
        self.maximum = maximum
        self.exclusive_minimum = exclusive_minimum
        self.exclusive_maximum = exclusive_maximum
        self.enum = enum

    def _check(self, value: Any, strict: bool) -> None:
        # bool is an int subclass, but True is not a count; JSON Schema counts 5.0 an integer.
        if isinstance(value, bool) or not (
            isinstance(value, self._types) or (isinstance(value, float) and value.is_integer())
        ):
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
        # In decimal, as the value is written: 0.3 is a multiple of 0.1 (in binary it is not).
        if self.multiple_of is not None and Fraction(str(number)) % self.multiple_of:
            raise Violation(value, f"must be a multiple of {self.multiple_of}")


class Integer(Number):
    __slots__ = ()
    _types: tuple[type, ...] = (int,)
    _kind = "an integer"


class Boolean(Rule):
    __slots__ = ()

    def _check(self, value: Any, strict: bool) -> None:
        if not isinstance(value, bool):
            raise Violation(value, f"must be a boolean, not {type(value).__name__}")


class Array(Rule):
    __slots__ = ("items", "max_items", "min_items", "unique_items")

    def __init__(
        self,
        *,
        items: Rule,
        min_items: int | None = None,
        max_items: int | None = None,
        unique_items: bool = False,
        nullable: bool = False,
    ) -> None:
        super().__init__(nullable)
        self.items = items
        self.min_items = min_items
        self.max_items = max_items
        self.unique_items = unique_items

    def _check(self, value: Any, strict: bool) -> None:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise Violation(value, f"must be a list, not {type(value).__name__}")
        if strict:
            if self.min_items is not None and len(value) < self.min_items:
                raise Violation(value, f"must have at least {self.min_items} items")
            if self.max_items is not None and len(value) > self.max_items:
                raise Violation(value, f"must have at most {self.max_items} items")
            if self.unique_items:
                seen: set[str] = set()
                for index, item in enumerate(value):
                    key = json.dumps(item, sort_keys=True, default=repr)
                    if key in seen:
                        repeated = Violation(item, "repeats an earlier item (items must be unique)")
                        repeated.parts.append(index)
                        raise repeated
                    seen.add(key)
        for index, item in enumerate(value):
            try:
                self.items.check(item, strict)
            except Violation as violation:
                violation.parts.append(index)
                raise


class Object(Rule):
    """An object. On requests (``strict``) ``readOnly`` fields are neither required nor
    allowed, ``deprecated`` ones warn; on responses ``writeOnly`` fields are not required."""

    __slots__ = (
        "additional",
        "closed",
        "deprecated",
        "max_properties",
        "min_properties",
        "properties",
        "property_names",
        "read_only",
        "required",
        "write_only",
    )

    def __init__(
        self,
        *,
        properties: Mapping[str, Rule],
        required: tuple[str, ...] = (),
        closed: bool = False,
        additional: Rule | None = None,
        min_properties: int | None = None,
        max_properties: int | None = None,
        property_names: Rule | None = None,
        read_only: tuple[str, ...] = (),
        write_only: tuple[str, ...] = (),
        deprecated: tuple[str, ...] = (),
        nullable: bool = False,
    ) -> None:
        super().__init__(nullable)
        self.properties = dict(properties)
        self.required = required
        self.closed = closed
        self.additional = additional
        self.min_properties = min_properties
        self.max_properties = max_properties
        self.property_names = property_names
        self.read_only = read_only
        self.write_only = write_only
        self.deprecated = deprecated

    def _check(self, value: Any, strict: bool) -> None:
        if not isinstance(value, Mapping):
            raise Violation(value, f"must be an object, not {type(value).__name__}")
        skipped = self.read_only if strict else self.write_only
        for name in self.required:
            if name not in value and name not in skipped:
                missing = Violation(None, "is required")
                missing.parts.append(name)
                raise missing
        if strict:
            self._check_request(value)
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

    def _check_request(self, value: Mapping[str, Any]) -> None:
        if self.min_properties is not None and len(value) < self.min_properties:
            raise Violation(value, f"must have at least {self.min_properties} properties")
        if self.max_properties is not None and len(value) > self.max_properties:
            raise Violation(value, f"must have at most {self.max_properties} properties")
        if self.property_names is not None:
            for name in value:
                try:
                    self.property_names.check(name, True)
                except Violation as violation:
                    bad_name = Violation(name, f"is not an allowed name: it {violation.rule}")
                    bad_name.parts.append(str(name))
                    raise bad_name from None
        for name in self.read_only:
            if name in value:
                read_only = Violation(value[name], "is read-only: the API sets it")
                read_only.parts.append(name)
                raise read_only
        for name in self.deprecated:
            if name in value:
                warnings.warn(f"the field {name} is deprecated", DeprecationWarning, stacklevel=6)


class OneOf(Rule):
    """One of several schemas (``oneOf``/``anyOf``), picked by a discriminator when there is
    one: ``mapping`` gives the rule of each value of the ``discriminator`` property."""

    __slots__ = ("branches", "discriminator", "mapping")

    def __init__(
        self,
        branches: tuple[Rule, ...],
        *,
        discriminator: str | None = None,
        mapping: Mapping[str, Rule] | None = None,
        nullable: bool = False,
    ) -> None:
        super().__init__(nullable)
        self.branches = branches
        self.discriminator = discriminator
        self.mapping = dict(mapping or {})

    def _check(self, value: Any, strict: bool) -> None:
        if self.discriminator is not None:
            if not isinstance(value, Mapping):
                raise Violation(value, f"must be an object, not {type(value).__name__}")
            kind = value.get(self.discriminator)
            rule = self.mapping.get(kind) if isinstance(kind, str) else None
            if rule is None:
                if not strict:
                    return  # a kind this SDK does not know yet: kept as sent
                problem = Violation(kind, f"must be one of {', '.join(map(repr, self.mapping))}")
                problem.parts.append(self.discriminator)
                raise problem
            rule.check(value, strict)
            return
        problems: list[Violation] = []
        for rule in self.branches:
            try:
                rule.check(value, strict)
            except Violation as violation:
                problems.append(violation)
            else:
                return
        # The branch that got deepest into the value says best what is wrong.
        raise max(problems, key=lambda v: len(v.parts))


class AllOf(Rule):
    """Every one of several schemas (``allOf``)."""

    __slots__ = ("rules",)

    def __init__(self, rules: tuple[Rule, ...], *, nullable: bool = False) -> None:
        super().__init__(nullable)
        self.rules = rules

    def _check(self, value: Any, strict: bool) -> None:
        for rule in self.rules:
            rule.check(value, strict)


class Const(Rule):
    """Exactly one value (``const``, or an ``enum`` of values that are not all strings)."""

    __slots__ = ("values",)

    def __init__(self, *values: Any, nullable: bool = False) -> None:
        super().__init__(nullable or None in values)
        self.values = values

    def _check(self, value: Any, strict: bool) -> None:
        # True == 1 in Python, not in JSON: compare the types as well.
        if not any(value == v and type(value) is type(v) for v in self.values):
            if (
                not strict
                and isinstance(value, str)
                and all(isinstance(v, str) for v in self.values)
            ):
                return  # an enum value added since: kept, as for String enums
            raise Violation(value, f"must be {' or '.join(map(repr, self.values))}")


class Lazy(Rule):
    """A rule looked up when a value is checked: a schema that refers to itself (a tree)."""

    __slots__ = ("_rule", "_target")

    def __init__(self, target: Callable[[], Rule]) -> None:
        super().__init__(nullable=True)  # the target says whether null is allowed
        self._target = target
        self._rule: Rule | None = None

    def check(self, value: Any, strict: bool) -> None:
        if self._rule is None:
            self._rule = self._target()
        self._rule.check(value, strict)


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
