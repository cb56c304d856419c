"""The transport under both clients: headers, timeouts, retries, errors and logging.

One request goes through ``SyncAPIClient.request`` (or the async twin):

1. merge the authentication, SDK and caller's headers by name, ignoring case (the caller's
   value wins); give a POST its ``Idempotency-Key`` (the caller's, or a new UUID) once, so that
   every retry of it carries the same key; add the client's ``default_query`` and the call's
   ``extra_query`` and ``extra_body``;
2. send it, with ``X-Kirimchat-Retry-Count``, and read its body (at most the client's
   ``max_response_size``, else ``ResponseTooLargeError``); on a connection error, a timeout,
   or a status worth retrying (408, 409, 429, 5xx) wait and send it again, at most
   ``max_retries`` times. The server's ``x-should-retry: true|false`` overrides that choice.
   The wait is the server's ``Retry-After``/``retry-after-ms`` when it is above 0 and at
   most 60 s; a longer one is not waited for (the error is raised, with ``retry_after``);
   else an exponential backoff ``min(0.5 s × 2^n, 8 s)`` shortened by up to 25 % at random.
   A DELETE is sent again only when it cannot have been applied (no connection, 408, 429),
   so that a lost answer never turns into a ``NotFoundError``; the error of one that was not
   retried says so, and why;
3. return a success response, or raise the ``kirimchat.errors`` exception for the last one.
   Whatever httpx raises becomes a ``KirimChatError``. A 404 from a base URL that lacks the
   path of the API's server (``/v1``) says which URL to use; a redirect names its
   ``Location``.

The call's ``timeout`` bounds all of it: connecting, sending, waiting for and reading each
answer, the waits between retries and the pacer's waits. Each attempt gets what is left of it
(and no phase more than its own value, for an ``httpx.Timeout``); a retry that could not
finish in time is not made, and the pacer never waits past the deadline (``RateLimitError``,
nothing sent). Every error of a write says whether it ``may_have_been_applied`` and carries the
``idempotency_key`` its attempts used (``_Call``).

At ``INFO`` every answer is logged with the method, the path as sent (ids included; never the
query, which may hold personal data, nor the API key), the status, the seconds it took and
the request id; retries and failures are logged too, and pacing waits (``_pacing``).

The decisions live in ``_BaseClient`` so that the sync and async loops stay a few lines each.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import sys
import time
from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

import httpx

from . import errors
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_TIMEOUT,
    IDEMPOTENCY_HEADER,
    INITIAL_RETRY_DELAY,
    MAX_PACING_WAIT,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    MAX_TIMEOUT,
    RETRY_COUNT_HEADER,
    RETRY_JITTER,
    RETRYABLE_STATUSES,
    SHOULD_RETRY_HEADER,
    USER_AGENT,
)
from ._logging import logger, redact_headers, setup_logging
from ._pacing import WRITE_METHODS, AsyncPacer, NoAsyncPacer, NoPacer, Pacer, WaitTooLong
from ._version import AUTH_HEADER, AUTH_PREFIX, DEFAULT_BASE_URL
from .types import UNSET, Unset

setup_logging()

Timeout = float | httpx.Timeout
"""Seconds for the whole call, or an ``httpx.Timeout``: each phase bounded by its value, the
whole call by the largest."""

# Headers as merged: the lower-cased name, then the name as given and the value.
_Headers = dict[str, tuple[str, str]]
_NO_HEADERS: _Headers = {}
_EMPTY: Mapping[str, Any] = {}  # of query parameters or headers
_QUERY_SCALARS = (str, int, float, bool, type(None))
_IDEMPOTENCY = IDEMPOTENCY_HEADER.lower()
_RETRY_COUNT = RETRY_COUNT_HEADER.lower()
# Failures after which a DELETE cannot have reached the API, so sending it again is safe.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_DELETE_RETRYABLE_STATUSES = frozenset({408, 429})
# The path of the API's server (``/v1``): a base URL without it reaches no route.
_SERVER_PATH = httpx.URL(DEFAULT_BASE_URL).path.rstrip("/")


class RequestOptions:
    """Per-call overrides of the client's defaults (``timeout=``, ``max_retries=``...).

    Every option is checked here, when the call is made, so a bad one sends nothing.
    """

    __slots__ = ("extra_body", "extra_headers", "extra_query", "max_retries", "timeout")

    def __init__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        self.extra_headers = (
            _check_headers(extra_headers, "extra_headers") if extra_headers is not None else None
        )
        self.timeout = UNSET if isinstance(timeout, Unset) else _check_timeout(timeout)
        self.max_retries = (
            UNSET if isinstance(max_retries, Unset) else _check_max_retries(max_retries)
        )
        self.extra_query = check_query(extra_query, "extra_query") or None
        self.extra_body = _check_body(extra_body) if extra_body else None

    def with_headers(self, headers: Mapping[str, str]) -> RequestOptions:
        """A copy with ``headers`` added; they replace any of the same name, in any case."""
        copy = RequestOptions.__new__(RequestOptions)
        for name in RequestOptions.__slots__:
            setattr(copy, name, getattr(self, name))
        copy.extra_headers = {**(self.extra_headers or {}), **_check_headers(headers, "headers")}
        return copy

    def header(self, name: str) -> str | None:
        """The value of one of ``extra_headers``, whatever the case of its name."""
        found = (self.extra_headers or _NO_HEADERS).get(name.lower())
        return found[1] if found else None


def _check_timeout(timeout: object) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if all(_is_seconds(p) for p in phases):
            return timeout
    elif _is_seconds(timeout):
        seconds = float(timeout)
        return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_TIMEOUT.connect or 5.0))
    # An unbounded request can hang a program forever, and an infinite one overflows: refuse it.
    raise errors.ParamValidationError(
        "timeout",
        timeout,
        f"must be a positive number of seconds up to {MAX_TIMEOUT:.0f}, or an httpx.Timeout"
        " with every phase set so",
    )


def _is_seconds(value: object) -> TypeGuard[int | float]:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 < value <= MAX_TIMEOUT
    )


def _check_max_retries(max_retries: object) -> int:
    if (
        isinstance(max_retries, int)
        and not isinstance(max_retries, bool)
        and 0 <= max_retries <= 10
    ):
        return max_retries
    raise errors.ParamValidationError("max_retries", max_retries, "must be an integer from 0 to 10")


def _check_headers(headers: object, param: str) -> _Headers:
    if not isinstance(headers, Mapping):
        raise errors.ParamValidationError(param, headers, "must be a mapping of names to values")
    checked: _Headers = {}
    for name, value in headers.items():
        if (
            not isinstance(name, str)
            or not isinstance(value, str)
            or not name
            or not (name + value).isascii()
            or _has_control(name + value)
        ):
            raise errors.ParamValidationError(
                param, {name: value}, "names and values must be ASCII strings without line breaks"
            )
        checked[name.lower()] = (name, value)
    return checked


def merge_headers(base: Mapping[str, str], more: Mapping[str, str] | None) -> dict[str, str]:
    """``base`` with ``more`` added; a name of ``more`` replaces the same name, in any case."""
    merged = {**_check_headers(base, "default_headers")}
    if more is not None:
        merged.update(_check_headers(more, "default_headers"))
    return dict(merged.values())


def check_query(query: object, param: str) -> dict[str, object]:
    """``query`` (None for none) when its names are strings and its values fit a URL."""
    if query is None:
        return {}
    if not isinstance(query, Mapping):
        raise errors.ParamValidationError(param, query, "must be a mapping of names to values")
    for name, value in query.items():
        values = value if isinstance(value, list | tuple) else (value,)
        if not isinstance(name, str) or not all(isinstance(v, _QUERY_SCALARS) for v in values):
            raise errors.ParamValidationError(
                param,
                {name: value},
                "names must be strings; values strings, numbers, booleans or lists of them",
            )
    return dict(query)


def merge_query(
    default: Mapping[str, object], params: object, extra: Mapping[str, object] | None
) -> list[tuple[str, object]]:
    """One request's query: the client's ``default_query``, the operation's parameters (a
    mapping or name-value pairs, a name repeated for an exploded array), then the call's
    ``extra_query``; each replaces every value of the names it has from those before it."""
    layers = [_pairs(default), _pairs(params), _pairs(extra)]
    merged: list[tuple[str, object]] = []
    for index, layer in enumerate(layers):
        replaced = {name for later in layers[index + 1 :] for name, _ in later}
        merged.extend(pair for pair in layer if pair[0] not in replaced)
    return merged


def _pairs(query: object) -> list[tuple[str, object]]:
    if isinstance(query, list | tuple):
        return [(str(name), value) for name, value in query]
    if not isinstance(query, Mapping):
        return []
    pairs: list[tuple[str, object]] = []
    for name, value in query.items():
        values = value if isinstance(value, list | tuple) else [value]
        pairs.extend((name, item) for item in values)
    return pairs


def _check_body(body: object) -> Mapping[str, object]:
    if not isinstance(body, Mapping) or not all(isinstance(name, str) for name in body):
        raise errors.ParamValidationError(
            "extra_body", body, "must be a mapping of field names to JSON values"
        )
    return body


def _has_control(text: str) -> bool:
    return any(ord(char) < 32 or ord(char) == 127 for char in text if char != "\t")


def _where(request: httpx.Request) -> str:
    """Host and path of a request, never its query (which may hold personal data)."""
    url = request.url
    port = f":{url.port}" if url.port else ""
    return f"{url.host}{port}{url.path}"


def _check_max_response_size(size: object) -> int:
    if isinstance(size, int) and not isinstance(size, bool) and size > 0:
        return size
    raise errors.ParamValidationError(
        "max_response_size", size, "must be a positive number of bytes"
    )


_Limits = tuple[dict[str, float], float]  # a timeout's phases, and the call's seconds


def _limits(timeout: httpx.Timeout) -> _Limits:
    # Every phase is set (``_check_timeout``).
    phases = {phase: seconds for phase, seconds in timeout.as_dict().items() if seconds is not None}
    return phases, max(phases.values())


class _Call:
    """One call across its attempts: its deadline, and what an error of it must tell."""

    __slots__ = ("deadline", "key", "maybe_applied", "phases", "seconds", "write")

    def __init__(self, method: str, key: str | None, limits: _Limits) -> None:
        self.phases, self.seconds = limits
        self.deadline = time.monotonic() + self.seconds
        self.write = method in WRITE_METHODS
        self.key = key if self.write else None
        self.maybe_applied = False

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def bound(self, request: httpx.Request) -> None:
        """Give the next attempt what is left of the call's time (every phase at most that)."""
        left = self.left()
        if left > self.seconds - 0.01:
            return  # next to nothing spent: the request's own timeouts are the bound
        left = max(left, 0.001)
        request.extensions["timeout"] = {
            phase: min(seconds, left) for phase, seconds in self.phases.items()
        }

    def answered(self, status: int) -> None:
        # A 5xx may come after the work was done; a 409 is the same key still in flight.
        if status >= 500 or status == 409:
            self.maybe_applied = self.write

    def failed(self, error: Exception) -> None:
        # Only a failure to connect proves that the request never reached the API.
        if not isinstance(error, _NOT_SENT):
            self.maybe_applied = self.write

    def annotate(self, error: errors.KirimChatError) -> None:
        if self.write:
            error.may_have_been_applied = self.maybe_applied
            error.idempotency_key = self.key

    def note(self) -> str:
        """What a message about the call's failure adds: whether a retry is safe."""
        if not self.maybe_applied:
            return ""
        if self.key is not None:
            return (
                " It may have been applied: send it again with the same idempotency_key"
                f" ({self.key!r}) to apply it at most once."
            )
        return " It may have been applied: look before sending it again."

    def describe(self) -> str:
        return f"the call's timeout of {self.seconds:g} s"


class _BodyReader:
    """Collects one answer's body, within the client's size limit and the call's deadline."""

    __slots__ = ("call", "chunks", "limit", "response", "size")

    def __init__(self, response: httpx.Response, limit: int, call: _Call) -> None:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise errors.ResponseTooLargeError(
                response.request, response.status_code, limit, int(declared)
            )
        self.response, self.limit, self.call = response, limit, call
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise errors.ResponseTooLargeError(
                self.response.request, self.response.status_code, self.limit, self.size
            )
        if time.monotonic() > self.call.deadline:
            # A body trickling in never trips the read timeout, which bounds each read alone.
            raise httpx.ReadTimeout(
                "the call's deadline passed while its answer was read",
                request=self.response.request,
            )
        self.chunks.append(chunk)

    def keep(self) -> None:
        # What ``Response.read()`` stores: the response then serves .content, .text, .json().
        self.response._content = b"".join(self.chunks)


def _attempts(attempt: int) -> str:
    return "1 attempt" if attempt == 0 else f"{attempt + 1} attempts"


_NO_OPTIONS = RequestOptions()


def _with_sdk_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {
        "timeout": DEFAULT_TIMEOUT,
        "limits": DEFAULT_CONNECTION_LIMITS,
        "follow_redirects": False,
        **kwargs,
    }


class DefaultHttpxClient(httpx.Client):
    """An ``httpx.Client`` with the SDK's defaults: timeouts, connection limits, no redirects.

    Start from it when you pass ``http_client=`` to add proxies, certificates or transports::

        KirimChat(http_client=kirimchat.DefaultHttpxClient(proxy="http://proxy:3128"))
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_sdk_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` with the SDK's defaults; see ``DefaultHttpxClient``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_sdk_defaults(kwargs))


class _OwnedHttpxClient(DefaultHttpxClient):
    """The pool a client creates for itself: closed when collected, so no socket outlives it."""

    def __del__(self) -> None:
        # Nothing can be reported from a finalizer.
        with contextlib.suppress(Exception):
            if not self.is_closed:
                self.close()


_closing: set[Any] = set()  # keeps the closing tasks alive until they are done


class _OwnedAsyncHttpxClient(DefaultAsyncHttpxClient):
    """The async pool a client creates for itself: closed on the running loop when collected."""

    def __del__(self) -> None:
        # Closing needs an event loop; asyncio's, when one runs here (trio's cannot be reached).
        asyncio = sys.modules.get("asyncio")
        if self.is_closed or asyncio is None:
            return
        # Without a running loop (RuntimeError) nothing can close it now.
        with contextlib.suppress(Exception):
            task = asyncio.get_running_loop().create_task(self.aclose())
            _closing.add(task)
            task.add_done_callback(_closing.discard)


class _BaseClient:
    """Configuration and retry decisions shared by the sync and the async client."""

    api_key: str
    base_url: str
    timeout: httpx.Timeout
    max_retries: int

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not api_key:
            raise errors.KirimChatError(
                f"No API key: pass api_key= to the client or set the {API_KEY_ENV} environment "
                "variable (keys look like kdv_live_…; create one in the dashboard)."
            )
        if (
            not isinstance(api_key, str)
            or not api_key.isascii()
            or _has_control(api_key)
            or " " in api_key
        ):
            # Never echo the key: it may be a real one with a stray character. HTTP headers are
            # ASCII, so a pasted "…" would otherwise fail deep inside httpx at the first call.
            raise errors.KirimChatError(
                "The API key must be ASCII, without spaces or line breaks"
                " (keys look like kdv_live_ and 24 characters)."
            )
        base_url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise errors.ParamValidationError(
                "base_url", base_url, "must be an http:// or https:// URL"
            )
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.timeout = _check_timeout(timeout)
        self._limits = (self.timeout, _limits(self.timeout))
        self.max_retries = _check_max_retries(max_retries)
        self.max_response_size = _check_max_response_size(max_response_size)
        custom = (
            _check_headers(default_headers, "default_headers")
            if default_headers is not None
            else {}
        )
        self._custom_headers = dict(custom.values())
        self._default_query = check_query(default_query, "default_query")
        self._headers: _Headers = {
            AUTH_HEADER.lower(): (AUTH_HEADER, f"{AUTH_PREFIX}{api_key}"),
            "user-agent": ("User-Agent", USER_AGENT),
            "accept": ("Accept", "application/json"),
            **custom,
        }
        self._closed = False

    def __repr__(self) -> str:
        # The key is a secret: show only that one is set.
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_key='<redacted>',"
            f" max_retries={self.max_retries})"
        )

    def _missing_server_path(self) -> str | None:
        """What to tell of a 404 when the base URL lacks the server's path (``/v1``)."""
        if not _SERVER_PATH:
            return None
        try:
            path = httpx.URL(self.base_url).path.rstrip("/")
        except httpx.InvalidURL:
            return None
        if path.endswith(_SERVER_PATH):
            return None
        return (
            f"The base URL {self.base_url} lacks {_SERVER_PATH}, the path of the API's server"
            f" ({DEFAULT_BASE_URL}), so no route matched: try"
            f" base_url={self.base_url + _SERVER_PATH!r}."
        )

    def _check_open(self, http: httpx.Client | httpx.AsyncClient) -> None:
        if self._closed or http.is_closed:
            raise errors.KirimChatError(
                "This client is closed: create a new one (or keep using it inside its"
                " `with` block)."
            )

    def _build_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        kwargs: dict[str, Any],
        options: RequestOptions,
    ) -> tuple[httpx.Request, int, str, bool, _Call]:
        """The request, the retries allowed, its path as sent (for logs: ids, never the query),
        whether the request counts its attempts in ``RETRY_COUNT_HEADER``, and the call."""
        method = kwargs["method"].upper()
        headers = self._headers
        if "headers" in kwargs or options.extra_headers:
            # The operation's own headers come from checked arguments.
            given = kwargs.get("headers") or _EMPTY
            headers = {
                **headers,
                **{name.lower(): (name, value) for name, value in given.items()},
                **(options.extra_headers or _NO_HEADERS),
            }
        if method == "POST" and _IDEMPOTENCY not in headers:
            import uuid

            headers = {**headers, _IDEMPOTENCY: (IDEMPOTENCY_HEADER, str(uuid.uuid4()))}
        counted = _RETRY_COUNT not in headers  # else the caller's value is sent unchanged
        if counted:
            headers = {**headers, _RETRY_COUNT: (RETRY_COUNT_HEADER, "0")}
        params = kwargs.get("params")
        if self._default_query or options.extra_query:
            params = merge_query(self._default_query, params, options.extra_query)
        body = kwargs.get("json")
        if options.extra_body:
            if not isinstance(body, dict):
                raise errors.ParamValidationError(
                    "extra_body", options.extra_body, "this operation has no JSON object body"
                )
            body = {**body, **options.extra_body}
        timeout = self.timeout if isinstance(options.timeout, Unset) else options.timeout
        try:
            request = client.build_request(
                method,
                self.base_url + kwargs["url"],
                params=params,
                json=body,
                headers=list(headers.values()),
                timeout=timeout,
            )
        except (TypeError, ValueError) as error:
            # A value JSON or UTF-8 cannot encode (a lone surrogate...): blame where it is.
            param, value = _unsendable(kwargs.get("json"), "") or (
                ("extra_body", options.extra_body)
                if options.extra_body
                else ("extra_query", options.extra_query)
            )
            raise errors.ParamValidationError(param, value, f"cannot be sent: {error}") from None
        except httpx.InvalidURL as error:
            raise errors.ParamValidationError("base_url", self.base_url, str(error)) from None
        route = request.url.path
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "request %s %s headers=%s", method, route, redact_headers(dict(request.headers))
            )
        retries = (
            self.max_retries if isinstance(options.max_retries, Unset) else options.max_retries
        )
        limits = self._limits[1] if timeout is self._limits[0] else _limits(timeout)
        key = headers.get(_IDEMPOTENCY)
        call = _Call(method, None if key is None else key[1], limits)
        return request, retries, route, counted, call

    def _backoff(self, attempt: int) -> float:
        import random

        delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return delay * (1 - RETRY_JITTER * random.random())

    def _wait_after_response(
        self,
        response: httpx.Response,
        attempt: int,
        retries: int,
        route: str,
        elapsed: float,
        call: _Call,
    ) -> float | None:
        """None when ``response`` is a success; the seconds to wait before retrying; or raise.

        ``elapsed``: the seconds from sending the request to its answer (for the log)."""
        status = response.status_code
        method = response.request.method
        if logger.isEnabledFor(logging.INFO):
            request_id = response.headers.get("x-request-id")
            logger.info(
                "%s %s -> %d in %.3f s%s",
                method,
                route,
                status,
                elapsed,
                f" (request {request_id})" if request_id else "",
            )
        if 200 <= status < 300:
            return None
        if attempt < retries and _should_retry(response):
            wait = errors.retry_after_seconds(response.headers)
            if wait is not None and wait > MAX_RETRY_AFTER:
                # Waiting that long blocks the caller; retrying sooner spends rate-limit budget.
                logger.info(
                    "not retrying %s %s: the server asks for %.0f s, more than %.0f s",
                    method,
                    route,
                    wait,
                    MAX_RETRY_AFTER,
                )
                raise errors.status_error(response, self._note(response, attempt, retries, call))
            if wait is None or wait <= 0:
                wait = self._backoff(attempt)
            if wait >= call.left():
                note = f"Not retried: {call.describe()} would pass first.{call.note()}"
                raise errors.status_error(response, note)
            logger.info(
                "retrying %s %s in %.2f s after %d (retry %d of %d)",
                method,
                route,
                wait,
                status,
                attempt + 1,
                retries,
            )
            return wait
        raise errors.status_error(response, self._note(response, attempt, retries, call))

    def _note(
        self, response: httpx.Response, attempt: int, retries: int, call: _Call
    ) -> str | None:
        """What the error of a failed ``response`` adds: why it was not retried, what a 404
        from the wrong base URL or a redirect means, and whether a retry is safe."""
        note = self._cause(response, attempt, retries)
        safety = call.note().strip()
        return f"{note}. {safety}" if note and safety else note or safety or None

    def _cause(self, response: httpx.Response, attempt: int, retries: int) -> str | None:
        status = response.status_code
        if (
            response.request.method == "DELETE"
            and attempt < retries
            and SHOULD_RETRY_HEADER not in response.headers
            and (status in RETRYABLE_STATUSES or status >= 500)
            and status not in _DELETE_RETRYABLE_STATUSES
        ):
            return (
                f"Not retried: a DELETE answered {status} may have been applied all the same,"
                " and sending it again would then answer 404; get the resource to see whether"
                " it is gone before deleting it again"
            )
        if status == 404:
            return self._missing_server_path()
        if 300 <= status < 400:
            location = response.headers.get("location")
            return (
                f"The API redirected to {location or '(no Location header)'}; the SDK does not"
                " follow redirects, which could send the API key elsewhere: if the API moved,"
                " pass base_url= with its new address"
            )
        return None

    def _paced_out(
        self, request: httpx.Request, held: WaitTooLong, call: _Call
    ) -> errors.RateLimitError:
        """The error of a call the pacer would hold past its deadline: a 429 of the SDK's."""
        wait = "longer than" if held.seconds is None else f"{held.seconds:.1f} s, more than"
        message = (
            f"Not sent: the {held.klass} bucket of this API key has no token for {wait} this"
            f" call may wait ({call.describe()}, at most {MAX_PACING_WAIT:.0f} s)"
        )
        logger.info("%s %s not sent: %s", request.method, request.url.path, message)
        headers = {} if held.seconds is None else {"Retry-After": str(math.ceil(held.seconds))}
        envelope = {
            "error": {"type": "rate_limit_error", "code": "rate_limit_exceeded", "message": message}
        }
        response = httpx.Response(429, headers=headers, json=envelope, request=request)
        return errors.RateLimitError(response, note=call.note().strip() or None)

    def _wait_after_error(
        self,
        error: Exception,
        request: httpx.Request,
        attempt: int,
        retries: int,
        route: str,
        call: _Call,
    ) -> float:
        """The seconds to wait before retrying after a failed send; or raise."""
        call.failed(error)
        retryable = isinstance(
            error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError
        ) and (request.method != "DELETE" or isinstance(error, _NOT_SENT))
        wait = self._backoff(attempt)
        if retryable and attempt < retries and wait < call.left():
            logger.info(
                "retrying %s %s in %.2f s after %s (retry %d of %d)",
                request.method,
                route,
                wait,
                type(error).__name__,
                attempt + 1,
                retries,
            )
            return wait
        logger.info("%s %s failed: %s", request.method, route, type(error).__name__)
        where = f"{request.method} {_where(request)}"
        if isinstance(error, httpx.TimeoutException):
            raise errors.APITimeoutError(
                request=request,
                message=f"Request timed out: {where} ({type(error).__name__};"
                f" {call.describe()}; {_attempts(attempt)}).{call.note()}",
            ) from error
        if isinstance(error, httpx.TransportError):
            raise errors.APIConnectionError(
                f"Connection error: {where}: {type(error).__name__}: {error}"
                f" ({_attempts(attempt)}).{call.note()}",
                request=request,
            ) from error
        # httpx.DecodingError and the like: an answer came, but not a readable one.
        raise errors.APIError(
            f"Unreadable response to {where}: {type(error).__name__}: {error}", request=request
        ) from error


def _unsendable(value: object, path: str) -> tuple[str, object] | None:
    """The first field of a JSON body that cannot be sent (a string UTF-8 cannot encode, a
    number JSON has no form for), with its value; None when there is none."""
    if isinstance(value, str):
        try:
            value.encode()
        except UnicodeEncodeError:
            return path or "body", value
    elif isinstance(value, float) and not math.isfinite(value):
        return path or "body", value
    elif isinstance(value, Mapping):
        for name, item in value.items():
            found = _unsendable(item, f"{path}.{name}" if path else str(name))
            if found:
                return found
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _unsendable(item, f"{path}[{index}]")
            if found:
                return found
    return None


def _should_retry(response: httpx.Response) -> bool:
    verdict = response.headers.get(SHOULD_RETRY_HEADER)
    if verdict == "true":
        return True
    if verdict == "false":
        return False
    status = response.status_code
    if response.request.method == "DELETE":
        # Any other answer may come after the delete was applied; a retry would then get 404.
        return status in _DELETE_RETRYABLE_STATUSES
    return status in RETRYABLE_STATUSES or status >= 500


_SyncClientT = TypeVar("_SyncClientT", bound="SyncAPIClient")
_AsyncClientT = TypeVar("_AsyncClientT", bound="AsyncAPIClient")


class SyncAPIClient(_BaseClient):
    """Sends requests with an ``httpx.Client``; see the module's docstring."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        default_query: Mapping[str, object] | None = None,
        pacing: bool = True,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            max_response_size=max_response_size,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise errors.ParamValidationError("http_client", http_client, "must be an httpx.Client")
        self._owns_http_client = http_client is None
        self._http = http_client or _OwnedHttpxClient()
        # One model of the rate limits for the client, its threads and its copies (_pacing.py).
        self._pacer = Pacer() if pacing else NoPacer()

    # A seam for tests: replaced to observe waits without sleeping.
    _sleep = staticmethod(time.sleep)

    def request(
        self, kwargs: dict[str, Any], options: RequestOptions = _NO_OPTIONS
    ) -> httpx.Response:
        """Send one API request: ``method``, ``url``, optional ``params``, ``json``, ``headers``."""
        http = self._http
        self._check_open(http)
        request, retries, route, counted, call = self._build_request(http, kwargs, options)
        attempt = 0
        try:
            while True:
                if attempt and counted:
                    request.headers[RETRY_COUNT_HEADER] = str(attempt)
                started = time.monotonic()
                try:
                    with self._pacer.pace(request.method, call.deadline) as paced:
                        started = time.monotonic()  # after any pacing wait
                        call.bound(request)
                        response = http.send(request, follow_redirects=False, stream=True)
                        paced.observe(response.status_code, response.headers)
                    call.answered(response.status_code)
                    self._read(response, call)
                except WaitTooLong as held:
                    raise self._paced_out(request, held, call) from None
                except httpx.HTTPError as error:
                    wait = self._wait_after_error(error, request, attempt, retries, route, call)
                except RuntimeError:
                    self._check_open(http)  # closed by another thread meanwhile
                    raise
                else:
                    elapsed = time.monotonic() - started
                    retry_wait = self._wait_after_response(
                        response, attempt, retries, route, elapsed, call
                    )
                    if retry_wait is None:
                        return response
                    wait = retry_wait
                self._sleep(wait)
                attempt += 1
        except errors.KirimChatError as error:
            call.annotate(error)
            raise

    def _read(self, response: httpx.Response, call: _Call) -> None:
        try:
            reader = _BodyReader(response, self.max_response_size, call)
            for chunk in response.iter_bytes():
                reader.add(chunk)
            reader.keep()
        finally:
            response.close()

    def is_closed(self) -> bool:
        """Whether ``close()`` was called (or the ``http_client`` given was closed)."""
        return self._closed or self._http.is_closed

    def close(self) -> None:
        """Close the connections (those of a caller's ``http_client`` are the caller's)."""
        self._closed = True
        if self._owns_http_client:
            self._http.close()

    def __enter__(self: _SyncClientT) -> _SyncClientT:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_BaseClient):
    """Sends requests with an ``httpx.AsyncClient``; see the module's docstring."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
        default_query: Mapping[str, object] | None = None,
        pacing: bool = True,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            max_response_size=max_response_size,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise errors.ParamValidationError(
                "http_client", http_client, "must be an httpx.AsyncClient"
            )
        self._owns_http_client = http_client is None
        self._http = http_client or _OwnedAsyncHttpxClient()
        self._pacer = AsyncPacer() if pacing else NoAsyncPacer()

    @staticmethod
    async def _sleep(seconds: float) -> None:
        # anyio works under asyncio and trio alike; imported here to keep `import kirimchat` fast.
        import anyio

        await anyio.sleep(seconds)

    async def request(
        self, kwargs: dict[str, Any], options: RequestOptions = _NO_OPTIONS
    ) -> httpx.Response:
        """Send one API request: ``method``, ``url``, optional ``params``, ``json``, ``headers``."""
        http = self._http
        self._check_open(http)
        request, retries, route, counted, call = self._build_request(http, kwargs, options)
        attempt = 0
        try:
            while True:
                if attempt and counted:
                    request.headers[RETRY_COUNT_HEADER] = str(attempt)
                started = time.monotonic()
                try:
                    with await self._pacer.pace(request.method, call.deadline) as paced:
                        started = time.monotonic()  # after any pacing wait
                        call.bound(request)
                        response = await http.send(request, follow_redirects=False, stream=True)
                        paced.observe(response.status_code, response.headers)
                    call.answered(response.status_code)
                    await self._read(response, call)
                except WaitTooLong as held:
                    raise self._paced_out(request, held, call) from None
                except httpx.HTTPError as error:
                    wait = self._wait_after_error(error, request, attempt, retries, route, call)
                except RuntimeError:
                    self._check_open(http)  # closed by another task meanwhile
                    raise
                else:
                    elapsed = time.monotonic() - started
                    retry_wait = self._wait_after_response(
                        response, attempt, retries, route, elapsed, call
                    )
                    if retry_wait is None:
                        return response
                    wait = retry_wait
                await self._sleep(wait)
                attempt += 1
        except errors.KirimChatError as error:
            call.annotate(error)
            raise

    async def _read(self, response: httpx.Response, call: _Call) -> None:
        try:
            reader = _BodyReader(response, self.max_response_size, call)
            async for chunk in response.aiter_bytes():
                reader.add(chunk)
            reader.keep()
        finally:
            await response.aclose()

    def is_closed(self) -> bool:
        """Whether ``close()`` was called (or the ``http_client`` given was closed)."""
        return self._closed or self._http.is_closed

    async def close(self) -> None:
        """Close the connections (those of a caller's ``http_client`` are the caller's)."""
        self._closed = True
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self: _AsyncClientT) -> _AsyncClientT:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
