# Copied from runtime/kirimchat/_models.py by `make generate`: edit that file, not this one.
"""What every generated response model shares: reading from JSON, writing back, a short repr.

A generated model declares its fields twice over, in the two forms each reader needs: as
typed attributes (attrs), for users and type checkers, and as ``Field`` declarations (name,
key on the wire, codec), for ``from_dict`` and ``to_dict`` here. Nothing else is generated.

- A field the API did not send is ``None`` (there is no other "absent" marker).
- Reading is lenient, as the API may grow: a value its codec cannot read (a number where a
  string was promised, an unknown enum value) is kept as sent; only a body the model cannot
  hold at all (not an object, a required field missing) raises ``ModelValidationError``.
  ``strict_response_validation`` checks the body against the spec before it is read.
- Fields the model does not describe are kept: ``model.new_field``, ``model["new-field"]``,
  ``model.additional_properties``, and written back by ``to_dict``.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from .errors import KirimChatError
from .types import parse_datetime

ModelT = TypeVar("ModelT", bound="Model")


class ModelValidationError(KirimChatError, ValueError):
    """A body a model cannot hold: not an object, or a required field missing. Names which."""


_LENIENT: ContextVar[bool] = ContextVar("kirimchat_reading_leniently", default=False)


@contextmanager
def reading_leniently() -> Iterator[None]:
    """Within it, a missing required field is read as None (and a discriminator is not
    checked): for an authentic webhook, which a receiver must take even when the API that
    sent it has changed. Responses keep the stricter reading."""
    token = _LENIENT.set(True)
    try:
        yield
    finally:
        _LENIENT.reset(token)


class Codec(Protocol):
    """How one field's JSON value becomes its Python value, and back."""

    def read(self, value: Any) -> Any: ...

    def write(self, value: Any) -> Any: ...


class _Plain:
    """Strings, numbers, booleans, ``Literal`` enums, free-form JSON: as they are."""

    def read(self, value: Any) -> Any:
        return value

    def write(self, value: Any) -> Any:
        return write(value)


class _Text:
    """A value kept as text on the wire and parsed on reading (dates, times, UUIDs)."""

    def __init__(self, parse: Callable[[str], Any]) -> None:
        self._parse = parse

    def read(self, value: Any) -> Any:
        return self._parse(value) if isinstance(value, str) else value

    def write(self, value: Any) -> Any:
        return write(value)


PLAIN: Codec = _Plain()
DATETIME: Codec = _Text(parse_datetime)
DATE: Codec = _Text(datetime.date.fromisoformat)
UUID: Codec = _Text(uuid.UUID)


class ListOf:
    def __init__(self, item: Codec) -> None:
        self._item = item

    def read(self, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        return [_lenient(self._item, item) for item in value]

    def write(self, value: Any) -> Any:
        return write(value)


class ModelOf:
    """A nested model (its class is imported inside ``_declare``: models refer to each other,
    so they cannot all import each other when their modules load)."""

    def __init__(self, model: type[Model]) -> None:
        self._model = model

    def read(self, value: Any) -> Any:
        return self._model.from_dict(value)

    def write(self, value: Any) -> Any:
        return write(value)


class AnyOf:
    """A union: the first branch that reads the value (a model checks its own ``const``
    discriminator, so a discriminated value lands in its branch)."""

    def __init__(self, *branches: Codec) -> None:
        self._branches = branches

    def read(self, value: Any) -> Any:
        if value is None:
            return None
        problem: Exception | None = None
        for branch in self._branches:
            try:
                return branch.read(value)
            except (ModelValidationError, TypeError, ValueError) as error:
                problem = error
        if problem is not None and all(isinstance(b, ModelOf) for b in self._branches):
            raise ModelValidationError(f"fits none of its {len(self._branches)} shapes: {problem}")
        return value

    def write(self, value: Any) -> Any:
        return write(value)


def _lenient(codec: Codec, value: Any) -> Any:
    if value is None:
        return None  # null, where the schema allows it or not: nothing to read
    try:
        return codec.read(value)
    except ModelValidationError:
        raise
    except (TypeError, ValueError):
        return value  # kept as sent: the API may have grown past this description


def write(value: Any) -> Any:
    """``value`` as JSON data: models by ``to_dict``, dates and times in ISO 8601 form."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, datetime.date | datetime.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [write(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): write(item) for key, item in value.items()}
    return value


EXTRA = "*"
"""The name of the ``Field`` that says how the fields beyond the described ones are read
(``additionalProperties`` with a schema)."""


@dataclass(frozen=True)
class Field:
    """One field of a model: its attribute, its key on the wire, how its value is read."""

    name: str
    key: str
    codec: Codec = PLAIN
    required: bool = False
    const: Any = None  # a discriminator: the one value the field may have


_MISSING: Any = object()


class _Plan:
    """How a model class reads a JSON object, worked out once per class from its fields."""

    __slots__ = ("extra_codec", "fields", "keys", "names")

    def __init__(self, fields: tuple[Field, ...]) -> None:
        self.fields = tuple(field for field in fields if field.name != EXTRA)
        self.extra_codec = next((f.codec for f in fields if f.name == EXTRA), PLAIN)
        self.names = tuple(field.name for field in self.fields)
        self.keys = frozenset(field.key for field in self.fields)


class Model:
    """The base of every response model (attrs classes; see the module's docstring)."""

    _fields_cache: ClassVar[tuple[Field, ...] | None] = None
    _plan_cache: ClassVar[_Plan | None] = None
    _sent: frozenset[str] = frozenset()  # the wire keys the body had, for a faithful to_dict
    _extra: dict[str, Any]
    _request_id: str | None = None
    """The ``X-Request-Id`` of the response this model came from: quote it to support."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        return ()

    @classmethod
    def _declared(cls) -> tuple[Field, ...]:
        # Declared on first use, per class (not inherited): a model's fields name other models.
        fields: tuple[Field, ...] | None = cls.__dict__.get("_fields_cache")
        if fields is None:
            fields = cls._declare()
            cls._fields_cache = fields
        return fields

    @classmethod
    def _plan(cls) -> _Plan:
        plan: _Plan | None = cls.__dict__.get("_plan_cache")
        if plan is None:
            plan = _Plan(cls._declared())
            cls._plan_cache = plan
        return plan

    @classmethod
    def from_dict(cls: type[ModelT], src_dict: Mapping[str, Any]) -> ModelT:
        """The model of a JSON object, read leniently (see the module's docstring)."""
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        plan = cls._plan()
        lenient = _LENIENT.get()
        # What is missing is None (leniently, whether the schema allows it or not).
        values: dict[str, Any] = dict.fromkeys(plan.names) if lenient else {}
        found = 0
        for field in plan.fields:
            raw = src_dict.get(field.key, _MISSING)
            if raw is _MISSING:
                if field.required and not lenient:
                    raise ModelValidationError(
                        f"{cls.__name__}: the required field {field.key!r} is missing"
                    )
                continue
            found += 1
            if field.const is not None and raw != field.const and not lenient:
                raise ModelValidationError(
                    f"{cls.__name__}: {field.key} is {raw!r}, not {field.const!r}"
                )
            if field.codec is PLAIN or raw is None:
                values[field.name] = raw
                continue
            try:
                values[field.name] = _lenient(field.codec, raw)
            except ModelValidationError as error:
                raise ModelValidationError(f"{cls.__name__}.{field.key}: {error}") from None
        model = cls(**values)
        extra = (
            {}
            if found == len(src_dict)  # every key sent is a field: the common case
            else {
                k: _lenient(plan.extra_codec, v) for k, v in src_dict.items() if k not in plan.keys
            }
        )
        object.__setattr__(model, "_extra", extra)
        object.__setattr__(model, "_sent", frozenset(src_dict))
        return model

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: the fields it was read with (or given), and the extra ones."""
        data: dict[str, Any] = {}
        for field in self._declared():
            if field.name == EXTRA:
                continue
            value = getattr(self, field.name)
            if value is not None or field.required or field.key in self._sent:
                data[field.key] = field.codec.write(value)
        data.update(write(self.additional_properties))
        return data

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the API sent that this model does not describe."""
        try:
            return self._extra
        except AttributeError:
            object.__setattr__(self, "_extra", {})
            return self._extra

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields beyond the described ones."""
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    if not TYPE_CHECKING:  # type checkers keep flagging unknown attributes as typos

        def __getattr__(self, name: str) -> Any:
            # Only reached when no attribute has that name: an extra field of the body.
            extra = self.__dict__.get("_extra", {})
            if not name.startswith("_") and name in extra:
                return extra[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in self._declared()
            if field.name != EXTRA and getattr(self, field.name) is not None
        ]
        shown += [f"{key}={value!r}" for key, value in self.additional_properties.items()]
        return f"{type(self).__name__}({', '.join(shown)})"
