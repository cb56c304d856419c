# Copied from runtime/kirimchat/errors.py by `make generate`: edit that file, not this one.
"""The exceptions kirimchat raises. Catch ``KirimChatError`` to catch them all.

    KirimChatError                                 itself: no API key, a closed client, paging
     │                                             that loops or stops short
     ├── ParamValidationError (also a ValueError)   an argument breaks the spec; nothing was sent
     └── APIError                                  a request was sent and did not succeed;
          │                                        itself: an unreadable body (broken gzip...)
          ├── APIConnectionError                   no response: refused, reset, DNS, TLS...
          │    └── APITimeoutError                 no response in time
          ├── APIResponseValidationError           a success response that is not what the spec says
          ├── ResponseTooLargeError                a body past ``max_response_size``, not read
          └── APIStatusError                       a response with a non-success status
               ├── BadRequestError                 400
               ├── AuthenticationError             401
               ├── PermissionDeniedError           403
               ├── NotFoundError                   404
               ├── ConflictError                   409
               ├── UnprocessableEntityError        422
               ├── RateLimitError                  429
               └── InternalServerError             500 and above

Every exception can be pickled (to cross a ``ProcessPoolExecutor``, multiprocessing or Celery).
Every error of a write (POST, PUT, PATCH, DELETE) says whether the write may have been applied
all the same (``may_have_been_applied``: an attempt's connection dropped after sending, timed
out, or was answered 5xx or 409) and the ``idempotency_key`` its attempts carried: send the
call again with that key and the API applies it at most once.

A status error carries the API's error envelope, parsed: ``type``, ``code`` (stable: branch on
it), ``message``, ``param`` and ``request_id``. When the body is not an envelope (an HTML page
from a proxy, an empty or truncated body) those are None and ``body`` holds the raw text.
"""

from __future__ import annotations

import json
import math
from datetime import timezone
from time import time
from typing import Any

import httpx

from ._version import AUTH_HEADER

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "KirimChatError",
    "NotFoundError",
    "ParamValidationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
]

_BODY_EXCERPT = 500


class KirimChatError(Exception):
    """The base of every exception raised by kirimchat.

    Attributes:
        may_have_been_applied: True when the call was a write and one of its attempts may
            have reached the API (a connection dropped after sending, a timeout, a 5xx, a
            409 for a key still in flight); False when it certainly was not applied.
        idempotency_key: the ``Idempotency-Key`` every attempt of the write carried (None for
            calls without one): pass it as ``idempotency_key=`` to retry without applying
            the write twice.
    """

    may_have_been_applied: bool = False
    idempotency_key: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles as ``cls(*args)``, which our constructors do not take: rebuild
        # from the message and the attributes instead. Pickles end up in result backends
        # (Celery, RQ) and logs: the request's credentials are left out.
        state = {name: _without_secrets(value) for name, value in self.__dict__.items()}
        return (_rebuild, (type(self), self.args, state))


# Request headers that carry credentials: never in a pickled error.
_SECRET_HEADERS = frozenset({AUTH_HEADER.lower(), "authorization", "cookie", "proxy-authorization"})


def _without_secrets(value: Any) -> Any:
    """``value``, with an ``httpx.Request`` (also a response's) stripped of its credentials."""
    if isinstance(value, httpx.Request):
        headers = [(k, v) for k, v in value.headers.items() if k.lower() not in _SECRET_HEADERS]
        return httpx.Request(value.method, value.url, headers=headers)
    if isinstance(value, httpx.Response):
        try:
            content = value.content
        except httpx.ResponseNotRead:
            content = b""
        try:
            request: httpx.Request | None = value.request
        except RuntimeError:  # a response built without one
            request = None
        # The content is kept decoded: the headers that said how it was encoded go.
        headers = [
            (k, v)
            for k, v in value.headers.items()
            if k.lower() not in ("content-encoding", "content-length", "set-cookie")
        ]
        return httpx.Response(
            value.status_code,
            headers=headers,
            content=content,
            request=None if request is None else _without_secrets(request),
        )
    return value


def _rebuild(cls: type[KirimChatError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ParamValidationError(KirimChatError, ValueError):
    """An argument breaks a rule of the API description; no request was sent.

    Attributes:
        param: the argument or field, e.g. ``contact_id`` or ``contact_ids[3]``.
        value: the offending value.
        rule: what the value must be, e.g. ``must match the pattern ^ctc_…$``.
    """

    def __init__(self, param: str, value: Any, rule: str) -> None:
        shown = repr(value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        super().__init__(f"invalid {param}={shown}: {rule}")
        self.param = param
        self.value = value
        self.rule = rule


class APIError(KirimChatError):
    """A request was sent and did not give a usable response.

    Attributes:
        message: what went wrong.
        request: the request (its headers hold the API key: do not log them).
    """

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No response: the connection was refused, reset or dropped, or DNS or TLS failed."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""

    def __init__(self, *, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A success status whose body is not what the API description promises.

    Attributes:
        response: the HTTP response.
        status_code: its status.
        body: the raw body text.
    """

    def __init__(self, response: httpx.Response, problem: str) -> None:
        request = response.request
        super().__init__(
            f"{response.status_code} response to {request.method} {request.url.path} is not "
            f"valid: {problem}; body: {_excerpt(response.text)!r}",
            request=request,
        )
        self.response = response
        self.status_code = response.status_code
        self.body = response.text


class ResponseTooLargeError(APIError):
    """The answer's body is larger than the client's ``max_response_size``: the call stopped
    reading it (a body that says its size in ``Content-Length`` is not read at all).

    Attributes:
        status_code: the answer's status.
        limit: the ``max_response_size`` in bytes.
        size: the bytes the answer declared, or those read before stopping.
    """

    def __init__(self, request: httpx.Request, status_code: int, limit: int, size: int) -> None:
        super().__init__(
            f"The {status_code} response to {request.method} {request.url.path} is larger than"
            f" max_response_size={limit} bytes ({size} bytes or more); it was not read. Raise"
            " max_response_size on the client if such answers are expected.",
            request=request,
        )
        self.status_code = status_code
        self.limit = limit
        self.size = size


class APIStatusError(APIError):
    """The API answered with a status other than success.

    Attributes:
        status_code: the HTTP status.
        type: the error's category (``not_found``...), or None when the body is not an envelope.
        code: the stable, machine-readable code (``resource_not_found``...); branch on it.
        message: the human-readable explanation (may change), or a summary of the raw body.
        param: the offending field, when the API names one.
        request_id: the request's id (``req_…``), for support; from the body or the
            X-Request-Id header.
        retry_after: seconds the server asks to wait before another attempt (``Retry-After``
            or ``retry-after-ms``), or None.
        headers: the response headers.
        response: the HTTP response.
        body: the raw body text.
    """

    def __init__(self, response: httpx.Response, *, note: str | None = None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = response.text
        error = _error_object(self.body)
        self.type = _string(error, "type")
        self.code = _string(error, "code")
        self.param = _string(error, "param")
        self.request_id = _string(error, "request_id") or response.headers.get("x-request-id")
        self.retry_after = retry_after_seconds(response.headers)
        if error is not None:
            detail = _string(error, "message") or "(no message)"
            kind = "/".join(part for part in (self.type, self.code) if part)
            text = (
                f"{response.status_code} {kind}: {detail}"
                if kind
                else f"{response.status_code}: {detail}"
            )
        else:
            detail = (
                f"{response.reason_phrase or 'error'};"
                f" the body is not an API error envelope: {_excerpt(self.body)!r}"
            )
            text = f"{response.status_code} {detail}"
        if self.request_id:
            text += f" (request {self.request_id})"
        if note:
            text += f". {note}"
        super().__init__(text, request=response.request)
        self.message = _string(error, "message") or detail


class BadRequestError(APIStatusError):
    """400: the request breaks a rule of the API (``invalid_request_error``)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, malformed, unknown, revoked or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource, or it belongs to another organisation or team."""


class ConflictError(APIStatusError):
    """409: a conflicting request, e.g. the same idempotency key still in flight."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed (e.g. a reused idempotency key)."""


class RateLimitError(APIStatusError):
    """429: the rate limit is exhausted.

    Attributes:
        retry_after: seconds to wait before the next attempt, from ``Retry-After`` (seconds or
            an HTTP date) or ``retry-after-ms``; None when the response did not say.
    """


class InternalServerError(APIStatusError):
    """500 and above: the API failed (``api_error``). Safe to retry with the same idempotency
    key."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, note: str | None = None) -> APIStatusError:
    """The exception for a non-success response: a subclass by status, else APIStatusError;
    ``note`` (what the SDK did about it, or a likely cause) ends its message."""
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(response, note=note)


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """How long the server asks us to wait: ``retry-after-ms``, else ``Retry-After``.

    Seconds from now, 0 or more; None when neither header holds a finite, non-negative number
    or an HTTP date (a date in the past gives 0).
    """
    milliseconds = _seconds(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _seconds(value)
    if seconds is not None:
        return seconds
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        # "-0000" (RFC 5322: UTC, source zone unknown) parses as naive; never local time.
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - time())


def _seconds(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else math.nan
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _error_object(body: str) -> dict[str, Any] | None:
    try:
        decoded = json.loads(body)
    except ValueError:
        return None
    error = decoded.get("error") if isinstance(decoded, dict) else None
    return error if isinstance(error, dict) else None


def _string(error: dict[str, Any] | None, key: str) -> str | None:
    value = error.get(key) if error is not None else None
    return value if isinstance(value, str) else None


def _excerpt(text: str) -> str:
    return text if len(text) <= _BODY_EXCERPT else text[:_BODY_EXCERPT] + "…"
