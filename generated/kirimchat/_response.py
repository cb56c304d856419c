# Copied from runtime/kirimchat/_response.py by `make generate`: edit that file, not this one.
"""``APIResponse``: what ``client.<resource>.with_raw_response.<method>(...)`` returns, and the
two wrappers that make any resource method return it."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

T = TypeVar("T")
P = ParamSpec("P")


class APIResponse(Generic[T]):
    """A success response, raw: status, headers and body, with ``parse()`` for the model.

    Error statuses are still raised as ``kirimchat.APIStatusError`` subclasses, after retries.
    """

    def __init__(
        self, http_response: httpx.Response, parser: Callable[[httpx.Response], T]
    ) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: T | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-Id`` header: quote it when you contact support."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        """The body, decoded as JSON without any check."""
        return self.http_response.json()

    def parse(self) -> T:
        """The body as the operation's model; the same object on every call."""
        if self._parsed is None:
            self._parsed = self._parser(self.http_response)
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse {request.method} {request.url.path} {self.status_code}>"


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """``method`` (a resource method), returning the ``APIResponse`` instead of the result.

    The same arguments, checks, retries and errors: only the result differs. For a list, the
    response is its first page's (``parse()`` gives that page).
    """
    from ._operations import RAW_RESPONSE  # it imports this module

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = RAW_RESPONSE.set(True)
        try:
            return cast("APIResponse[T]", method(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[APIResponse[T]]]:
    """``to_raw_response_wrapper``, for the async client's methods (lists included: the
    wrapper awaits their first page)."""
    from ._operations import RAW_RESPONSE  # it imports this module

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = RAW_RESPONSE.set(True)
        try:
            return cast("APIResponse[T]", await method(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return wrapped
