"""Operation declarations, and the one place where a call becomes a request and a response a result.

``kirimchat._api`` (generated) declares every ``Operation``: method, path template, parameters
with their rules and styles, the body's rule, a parser per success status (``None`` for a
status without a body), the cursor of a list. ``Operation.request`` turns the caller's arguments
into the keyword arguments of ``SyncAPIClient.request`` after checking every one of them (query
parameters are serialised there); ``Operation.parse`` turns a success response into the model
of its status. ``call`` and ``paginate`` (and their async twins) are what every resource method
runs; under ``with_raw_response`` they return the ``APIResponse`` instead of the result.
Retries are decided in ``_base_client.SyncAPIClient.request``.
"""

from __future__ import annotations

import datetime
import enum
import uuid
import warnings
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import quote

import httpx

from ._base_client import RequestOptions
from ._models import Model, ModelValidationError
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse
from ._validation import Rule, check_argument, check_response
from .errors import APIResponseValidationError, ParamValidationError
from .types import Unset

Parser = Callable[[Any], Any]


@dataclass(frozen=True)
class Param:
    """One path, query or header parameter, as the API description gives it."""

    name: str  # on the wire
    location: str  # "path", "query" or "header"
    rule: Rule
    argument: str  # the caller's name for it, in error messages
    explode: bool = True  # a query array as ``a=1&a=2`` (else ``a=1,2``)
    deprecated: bool = False


@dataclass(frozen=True)
class Operation:
    """One operation of the API: what to send, how to check it, how to read the answer."""

    method: str
    path: str
    name: str = ""  # the operationId
    params: tuple[Param, ...] = ()
    body: Rule | None = None
    responses: Mapping[int, Parser | None] = field(default_factory=dict)
    response_rules: Mapping[int, Rule] = field(default_factory=dict)
    content_type: str = "application/json"
    cursor: str | None = None  # the argument that takes a list's next page cursor
    deprecated: bool = False

    def request(self, arguments: Sequence[Any], body: Any = None) -> dict[str, Any]:
        """``SyncAPIClient.request``'s keyword arguments; ``arguments`` follow ``params``.

        Every value is checked against its rule before anything is sent; a violation raises
        ``ParamValidationError`` naming the argument. ``UNSET`` arguments are left out.
        """
        if self.deprecated:
            warnings.warn(
                f"{self.method.upper()} {self.path} is deprecated", DeprecationWarning, stacklevel=4
            )
        path_values: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        headers: dict[str, str] = {}
        for param, value in zip(self.params, arguments, strict=True):
            if isinstance(value, Unset):
                continue
            if param.deprecated:
                warnings.warn(
                    f"the argument {param.argument} is deprecated", DeprecationWarning, stacklevel=4
                )
            value = to_json(value, param.argument)
            check_argument(param.rule, value, param.argument)
            if value is None:
                continue
            if param.location == "path":
                path_values[param.name] = quote(_text(value, param.argument), safe="")
            elif param.location == "query":
                if isinstance(value, list):
                    items = [_text(item, param.argument) for item in value]
                    if param.explode:
                        query.extend((param.name, item) for item in items)
                    else:
                        query.append((param.name, ",".join(items)))
                else:
                    query.append((param.name, _text(value, param.argument)))
            else:
                headers[param.name] = _header_text(value, param.argument)
        kwargs: dict[str, Any] = {"method": self.method, "url": self.path.format(**path_values)}
        if query:
            kwargs["params"] = query
        if self.body is not None:
            json_body = to_json(body, "body")
            check_argument(self.body, json_body, "")
            kwargs["json"] = json_body
            headers["Content-Type"] = self.content_type
        if headers:
            kwargs["headers"] = headers
        return kwargs

    def parse(self, response: httpx.Response, strict: bool = False) -> Any:
        """The result of a success response: its status's model, or None when it has no body.

        Leniently (the default) a value that does not fit its field's schema is kept as it is
        (a number where a string was promised, an enum value added since); ``strict`` raises
        ``APIResponseValidationError`` instead. A body the model cannot hold at all (not an
        object, a required field missing) raises either way.
        """
        status = response.status_code
        if status in self.responses:
            parser = self.responses[status]
        else:  # a success status the description does not list: read it as the first one
            parser = next(iter(self.responses.values()), None)
        if parser is None:
            return None
        try:
            data = response.json()
        except ValueError as error:
            raise APIResponseValidationError(response, f"the body is not JSON ({error})") from None
        rule = self.response_rules.get(status)
        if strict and rule is not None:
            problem = check_response(rule, data)
            if problem is not None:
                raise APIResponseValidationError(response, problem)
        try:
            result = parser(data)
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            # Even leniently: a body the model cannot hold at all is no result to return.
            problem = str(error) if isinstance(error, ModelValidationError) else repr(error)
            raise APIResponseValidationError(response, problem) from None
        if isinstance(result, Model) and result._request_id is None:
            object.__setattr__(result, "_request_id", response.headers.get("x-request-id"))
        return result


def data_of(parser: Parser) -> Parser:
    """A parser of an envelope, ``{"data": ..., "request_id": ...}``: the model of its data,
    with the request id on it as ``_request_id``."""

    def parse(body: Any) -> Any:
        if not isinstance(body, Mapping) or "data" not in body:
            raise ModelValidationError("expected an object with a `data` field")
        result = parser(body["data"])
        request_id = body.get("request_id")
        if isinstance(result, Model) and isinstance(request_id, str):
            object.__setattr__(result, "_request_id", request_id)
        return result

    return parse


def any_of(*parsers: Parser) -> Parser:
    """A parser of a union of models: the first model that reads the body.

    Each model checks its own ``const`` discriminator, so a discriminated body lands in its
    branch; without one, the first branch whose required fields are there wins.
    """

    def parse(data: Any) -> Any:
        error: Exception = TypeError("no parser")
        for parser in parsers:
            try:
                return parser(data)
            except (AttributeError, KeyError, TypeError, ValueError) as problem:
                error = problem
        raise error

    return parse


def to_json(value: Any, name: str) -> Any:
    """``value`` as JSON data: models by their ``to_dict``, dates and times in ISO 8601 form,
    UUIDs as text, enum members by value; containers item by item."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Mapping):
        return {
            str(k): to_json(v, f"{name}.{k}") for k, v in value.items() if not isinstance(v, Unset)
        }
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(item, f"{name}[{i}]") for i, item in enumerate(value)]
    if isinstance(value, datetime.date | datetime.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return to_json(value.value, name)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        try:
            return to_json(to_dict(), name)
        except (AttributeError, TypeError, ValueError) as error:
            raise ParamValidationError(name, value, f"cannot be encoded as JSON: {error}") from None
    raise ParamValidationError(name, value, f"cannot be sent: a {type(value).__name__}")


def _wire(value: Any) -> str:
    """A parameter's JSON value as text in a URL or header: booleans as JSON spells them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _text(value: Any, argument: str) -> str:
    """A parameter's value as sent in a URL: text UTF-8 can encode."""
    text = _wire(value)
    if not text.isascii():
        try:
            text.encode()
        except UnicodeEncodeError:
            raise ParamValidationError(
                argument, value, "holds a lone surrogate, which cannot be sent as UTF-8"
            ) from None
    return text


def _header_text(value: Any, argument: str) -> str:
    """A parameter's value as sent in a header: ASCII, without line breaks."""
    text = _wire(value)
    if not text.isascii() or any(ord(char) < 32 or ord(char) == 127 for char in text):
        raise ParamValidationError(
            argument, value, "is sent as a header: it must be ASCII, without line breaks"
        )
    return text


class SyncClient(Protocol):
    """What the entry points need of ``KirimChat``."""

    strict_response_validation: bool

    def request(self, kwargs: dict[str, Any], options: RequestOptions = ...) -> httpx.Response: ...


class AsyncClient(Protocol):
    """What the entry points need of ``AsyncKirimChat``."""

    strict_response_validation: bool

    async def request(
        self, kwargs: dict[str, Any], options: RequestOptions = ...
    ) -> httpx.Response: ...


# The one way every resource method calls the API: check and build the request, send it with
# the client's retries, parse the answer (or keep it raw, under ``with_raw_response``).

RAW_RESPONSE: ContextVar[bool] = ContextVar("kirimchat_raw_response", default=False)
"""Set by ``with_raw_response``'s wrappers: the call returns its ``APIResponse``."""


def call(
    client: SyncClient,
    operation: Operation,
    arguments: Sequence[Any],
    body: Any,
    options: RequestOptions,
) -> Any:
    """The parsed result of ``operation`` called with ``arguments`` (in ``params`` order)."""
    response = client.request(operation.request(arguments, body), options)
    return _result(client, operation, response)


async def acall(
    client: AsyncClient,
    operation: Operation,
    arguments: Sequence[Any],
    body: Any,
    options: RequestOptions,
) -> Any:
    """``call``, for the async client."""
    response = await client.request(operation.request(arguments, body), options)
    return _result(client, operation, response)


def paginate(
    client: SyncClient, operation: Operation, arguments: Sequence[Any], options: RequestOptions
) -> Any:
    """The first ``SyncPage`` of a list operation; iterating fetches the later pages."""
    at = _cursor_index(operation)

    def fetch(cursor: Any) -> Any:
        given = [*arguments[:at], cursor, *arguments[at + 1 :]]
        response = client.request(operation.request(given), options)
        known = None if isinstance(cursor, Unset) else cursor
        return _result(
            client, operation, response, lambda envelope: SyncPage(envelope, fetch, known)
        )

    return fetch(arguments[at])


def apaginate(
    client: AsyncClient, operation: Operation, arguments: Sequence[Any], options: RequestOptions
) -> AsyncPaginator[Any]:
    """``paginate``, for the async client: an ``AsyncPaginator`` to await or iterate."""
    at = _cursor_index(operation)
    operation.request(arguments)  # checks every argument now, before anything is awaited

    async def fetch(cursor: Any) -> Any:
        given = [*arguments[:at], cursor, *arguments[at + 1 :]]
        response = await client.request(operation.request(given), options)
        known = None if isinstance(cursor, Unset) else cursor
        return _result(
            client, operation, response, lambda envelope: AsyncPage(envelope, fetch, known)
        )

    first: Callable[[], Awaitable[AsyncPage[Any]]] = lambda: fetch(arguments[at])  # noqa: E731
    return AsyncPaginator(first)


def _cursor_index(operation: Operation) -> int:
    names = [param.argument for param in operation.params]
    if operation.cursor not in names:
        raise TypeError(f"{operation.name} is not a list with a cursor parameter")
    return names.index(operation.cursor)


def _result(
    client: SyncClient | AsyncClient,
    operation: Operation,
    response: httpx.Response,
    wrap: Callable[[Any], Any] | None = None,
) -> Any:
    strict = client.strict_response_validation

    def parse(raw: httpx.Response) -> Any:
        parsed = operation.parse(raw, strict)
        return parsed if wrap is None else wrap(parsed)

    if RAW_RESPONSE.get():
        return APIResponse(response, parse)
    return parse(response)
