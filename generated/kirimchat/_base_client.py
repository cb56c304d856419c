"""The transport under both clients: headers, timeouts, retries, errors and logging.

One request goes through ``SyncAPIClient.request`` (or the async twin):

1. merge the authentication, SDK and caller's headers; give a POST its ``Idempotency-Key``
   (the caller's, or a new UUID) once, so that every retry of it carries the same key;
2. send it; on a connection error, a timeout, or a status worth retrying (408, 409, 429,
   5xx) wait and send it again, at most ``max_retries`` times. The wait is the server's
   ``Retry-After``/``retry-after-ms`` when it is between 0 and 60 s, else an exponential
   backoff ``min(0.5 s × 2^n, 8 s)`` shortened by up to 25 % at random;
3. return a success response, or raise the ``kirimchat.errors`` exception for the last one.

The decisions live in ``_BaseClient`` so that the sync and async loops stay a few lines each.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from typing import Any, Self

import httpx

from . import errors
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_TIMEOUT,
    IDEMPOTENCY_HEADER,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_JITTER,
    RETRYABLE_STATUSES,
    USER_AGENT,
)
from ._logging import logger, redact_headers, setup_logging
from ._pacing import AsyncPacer, NoAsyncPacer, NoPacer, Pacer
from ._version import DEFAULT_BASE_URL
from .types import UNSET, Unset

setup_logging()

Timeout = float | httpx.Timeout
"""Seconds for every phase of a request, or an ``httpx.Timeout`` for each phase."""


class RequestOptions:
    """Per-call overrides of the client's defaults (``timeout=``, ``max_retries=``...)."""

    __slots__ = ("extra_headers", "max_retries", "timeout")

    def __init__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        self.extra_headers = _check_headers(extra_headers) if extra_headers else None
        self.timeout = UNSET if isinstance(timeout, Unset) else _check_timeout(timeout)
        self.max_retries = (
            UNSET if isinstance(max_retries, Unset) else _check_max_retries(max_retries)
        )


_NO_OPTIONS = RequestOptions()
_NO_HEADERS: dict[str, str] = {}


def _check_timeout(timeout: object) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if all(isinstance(p, int | float) and p > 0 for p in phases):
            return timeout
    elif isinstance(timeout, int | float) and not isinstance(timeout, bool) and timeout > 0:
        return httpx.Timeout(
            float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0)
        )
    # An unbounded request can hang a program forever: refuse it.
    raise errors.ParamValidationError(
        "timeout",
        timeout,
        "must be a positive number of seconds, or an httpx.Timeout with every phase set",
    )


def _check_max_retries(max_retries: object) -> int:
    if (
        isinstance(max_retries, int)
        and not isinstance(max_retries, bool)
        and 0 <= max_retries <= 10
    ):
        return max_retries
    raise errors.ParamValidationError("max_retries", max_retries, "must be an integer from 0 to 10")


def _check_headers(headers: Mapping[str, str]) -> dict[str, str]:
    checked = {}
    for name, value in headers.items():
        if (
            not isinstance(name, str)
            or not isinstance(value, str)
            or not (name + value).isascii()
            or _has_control(name + value)
        ):
            raise errors.ParamValidationError(
                "extra_headers",
                {name: value},
                "names and values must be ASCII strings without line breaks",
            )
        checked[name] = value
    return checked


def _has_control(text: str) -> bool:
    return any(ord(char) < 32 or ord(char) == 127 for char in text if char != "\t")


def _retry_after(response: httpx.Response) -> float | None:
    wait = errors.retry_after_seconds(response.headers)
    return wait if wait is not None and 0 <= wait <= MAX_RETRY_AFTER else None


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
        self.max_retries = _check_max_retries(max_retries)
        self._custom_headers = _check_headers(default_headers) if default_headers else {}
        self._headers = {
            "Authorization": f"Bearer {api_key}",
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            **self._custom_headers,
        }

    def __repr__(self) -> str:
        # The key is a secret: show only that one is set.
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_key='<redacted>',"
            f" max_retries={self.max_retries})"
        )

    def _build_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        kwargs: dict[str, Any],
        options: RequestOptions,
    ) -> tuple[httpx.Request, int]:
        method = kwargs["method"].upper()
        extra = options.extra_headers
        headers = {**self._headers, **kwargs.get("headers", _NO_HEADERS), **(extra or _NO_HEADERS)}
        # The caller's key may be spelled in any case; only then is ours not needed.
        if (
            method == "POST"
            and IDEMPOTENCY_HEADER not in headers
            and not (extra and any(name.lower() == "idempotency-key" for name in extra))
        ):
            import uuid

            headers[IDEMPOTENCY_HEADER] = str(uuid.uuid4())
        timeout = self.timeout if isinstance(options.timeout, Unset) else options.timeout
        request = client.build_request(
            method,
            self.base_url + kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            headers=headers,
            timeout=timeout,
        )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "request %s %s headers=%s",
                method,
                request.url,
                redact_headers(dict(request.headers)),
            )
        retries = (
            self.max_retries if isinstance(options.max_retries, Unset) else options.max_retries
        )
        return request, retries

    def _backoff(self, attempt: int) -> float:
        import random

        delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return delay * (1 - RETRY_JITTER * random.random())

    def _wait_after_response(
        self, response: httpx.Response, attempt: int, retries: int
    ) -> float | None:
        """None when ``response`` is a success; the seconds to wait before retrying; or raise."""
        status = response.status_code
        request = response.request
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "%s %s -> %d (request %s)",
                request.method,
                request.url,
                status,
                response.headers.get("x-request-id"),
            )
        if 200 <= status < 300:
            return None
        if attempt < retries and (status in RETRYABLE_STATUSES or status >= 500):
            wait = _retry_after(response)
            wait = self._backoff(attempt) if wait is None else wait
            logger.info(
                "retrying %s %s in %.2f s after %d (retry %d of %d)",
                request.method,
                request.url,
                wait,
                status,
                attempt + 1,
                retries,
            )
            return wait
        raise errors.status_error(response)

    def _wait_after_error(
        self, error: httpx.TransportError, request: httpx.Request, attempt: int, retries: int
    ) -> float:
        """The seconds to wait before retrying after a failed send; or raise."""
        retryable = isinstance(
            error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError
        )
        if retryable and attempt < retries:
            wait = self._backoff(attempt)
            logger.info(
                "retrying %s %s in %.2f s after %s (retry %d of %d)",
                request.method,
                request.url,
                wait,
                type(error).__name__,
                attempt + 1,
                retries,
            )
            return wait
        logger.info("%s %s failed: %s", request.method, request.url, type(error).__name__)
        if isinstance(error, httpx.TimeoutException):
            raise errors.APITimeoutError(request=request) from error
        raise errors.APIConnectionError(
            f"Connection error: {type(error).__name__}: {error}", request=request
        ) from error


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
        pacing: bool = True,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise errors.ParamValidationError("http_client", http_client, "must be an httpx.Client")
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.Client(
            follow_redirects=False, limits=DEFAULT_CONNECTION_LIMITS
        )
        # One model of the rate limits for the client, its threads and its copies (_pacing.py).
        self._pacer = Pacer() if pacing else NoPacer()

    # A seam for tests: replaced to observe waits without sleeping.
    _sleep = staticmethod(time.sleep)

    def request(
        self, kwargs: dict[str, Any], options: RequestOptions = _NO_OPTIONS
    ) -> httpx.Response:
        """Send one API request: ``method``, ``url``, optional ``params``, ``json``, ``headers``."""
        request, retries = self._build_request(self._http, kwargs, options)
        attempt = 0
        while True:
            try:
                with self._pacer.pace(request.method) as paced:
                    response = self._http.send(request, follow_redirects=False)
                    paced.observe(response.status_code, response.headers)
            except httpx.TransportError as error:
                wait = self._wait_after_error(error, request, attempt, retries)
            else:
                retry_wait = self._wait_after_response(response, attempt, retries)
                if retry_wait is None:
                    return response
                wait = retry_wait
                response.close()
            self._sleep(wait)
            attempt += 1

    def close(self) -> None:
        """Close the connections (those of a caller's ``http_client`` are the caller's)."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
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
        pacing: bool = True,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise errors.ParamValidationError(
                "http_client", http_client, "must be an httpx.AsyncClient"
            )
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.AsyncClient(
            follow_redirects=False, limits=DEFAULT_CONNECTION_LIMITS
        )
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
        request, retries = self._build_request(self._http, kwargs, options)
        attempt = 0
        while True:
            try:
                with await self._pacer.pace(request.method) as paced:
                    response = await self._http.send(request, follow_redirects=False)
                    paced.observe(response.status_code, response.headers)
            except httpx.TransportError as error:
                wait = self._wait_after_error(error, request, attempt, retries)
            else:
                retry_wait = self._wait_after_response(response, attempt, retries)
                if retry_wait is None:
                    return response
                wait = retry_wait
                await response.aclose()
            await self._sleep(wait)
            attempt += 1

    async def close(self) -> None:
        """Close the connections (those of a caller's ``http_client`` are the caller's)."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
