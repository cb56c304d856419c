"""A KirimChat or AsyncKirimChat whose transport answers from a script, for mechanics tests.

``Harness("sync", [...])`` and ``Harness("async", [...])`` expose the same blocking methods,
so one table-driven test covers both clients. Sleeps are recorded, not slept.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import kirimchat

KEY = "kdv_live_TavbPKwIuqOr69ALEKLNennZ"
CONTACT = "ctc_01HXYZABCDEFGHJKMNPQRSTVWX"
LABEL = "lbl_01HXYZABCDEFGHJKMNPQRSTVWX"
REQUEST_ID = "req_01HXZ0ABCDEFGHJKMNPQRSTVWX"
BASE_URL = "http://kirim.test/v1"
KINDS = ("sync", "async")

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def attached(contact_id: str = CONTACT, label_id: str = LABEL) -> httpx.Response:
    """The documented 200 of attach."""
    body = {
        "data": {"contact_id": contact_id, "label_id": label_id, "attached": True},
        "request_id": REQUEST_ID,
    }
    return httpx.Response(200, json=body, headers={"X-Request-Id": REQUEST_ID})


def api_error(
    status: int,
    type_: str,
    code: str,
    message: str = "something is wrong",
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """A response carrying the API's error envelope."""
    error = {"type": type_, "code": code, "message": message, "request_id": REQUEST_ID}
    if param is not None:
        error["param"] = param
    return httpx.Response(
        status, json={"error": error}, headers={"X-Request-Id": REQUEST_ID, **(headers or {})}
    )


def raw(status: int, body: str, content_type: str = "text/html") -> httpx.Response:
    return httpx.Response(status, content=body.encode(), headers={"Content-Type": content_type})


class Harness:
    """One client, its scripted transport, and what it sent and slept."""

    def __init__(
        self, kind: str, replies: list[Reply] | None = None, **client_options: Any
    ) -> None:
        self.kind = kind
        self.replies = list(replies or [])
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        # The suite checks responses strictly: a body off the description is a failure here.
        options: dict[str, Any] = {
            "api_key": KEY,
            "base_url": BASE_URL,
            "strict_response_validation": True,
            **client_options,
        }
        if kind == "sync":
            self.http = httpx.Client(transport=httpx.MockTransport(self._answer))
            self.client: Any = kirimchat.KirimChat(http_client=self.http, **options)
            self.client._sleep = self.sleeps.append
        else:
            self.http = httpx.AsyncClient(transport=httpx.MockTransport(self._answer))
            self.client = kirimchat.AsyncKirimChat(http_client=self.http, **options)

            async def record(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client._sleep = record

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if callable(reply):
            return reply(request)
        return reply

    def run(self, call: Callable[[Any], Any]) -> Any:
        """``call(client)``, awaited on a fresh event loop for the async client."""
        result = call(self.client)
        if self.kind == "async":
            return asyncio.run(result)
        return result

    def attach(self, contact_id: Any = CONTACT, label_id: Any = LABEL, **options: Any) -> Any:
        return self.run(lambda c: c.contacts.attach_label(contact_id, label_id=label_id, **options))

    def raw_attach(self, **options: Any) -> Any:
        return self.run(
            lambda c: c.contacts.with_raw_response.attach_label(CONTACT, label_id=LABEL, **options)
        )

    def sent_json(self, index: int = 0) -> Any:
        return json.loads(self.requests[index].content)
