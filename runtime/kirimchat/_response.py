"""``APIResponse``: what ``client.<resource>.with_raw_response.<method>(...)`` returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")


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
