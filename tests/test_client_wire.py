"""Over real HTTP on 127.0.0.1: exactly the documented request, and a retry that succeeds."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator

import kirimchat
import pytest
from client_harness import CONTACT, KEY, LABEL, REQUEST_ID
from recording_server import Script, recording_server

SUCCESS = json.dumps(
    {"data": {"contact_id": CONTACT, "label_id": LABEL, "attached": True}, "request_id": REQUEST_ID}
).encode()
INTERNAL_ERROR = json.dumps(
    {
        "error": {
            "type": "api_error",
            "code": "internal_error",
            "message": "boom",
            "request_id": REQUEST_ID,
        }
    }
).encode()


@pytest.fixture
def server() -> Iterator[tuple[str, Script]]:
    with recording_server() as running:
        yield running


def test_attach_sends_exactly_the_documented_request(server: tuple[str, Script]) -> None:
    base_url, script = server
    script.replies.append((200, {"X-Request-Id": REQUEST_ID}, SUCCESS))

    with kirimchat.KirimChat(api_key=KEY, base_url=base_url) as client:
        result = client.contacts.attach_label(CONTACT, label_id=LABEL)

    assert (result.contact_id, result.label_id, result.attached) == (CONTACT, LABEL, True)
    assert result._request_id == REQUEST_ID
    (sent,) = script.requests
    assert sent.method == "POST"
    assert sent.path == f"/v1/contacts/{CONTACT}/labels"
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["accept"] == "application/json"
    assert sent.headers["user-agent"] == f"kirimchat-python/{kirimchat.__version__}"
    assert uuid.UUID(sent.headers["idempotency-key"]).version == 4
    assert sent.json() == {"label_id": LABEL}
    assert "cookie" not in sent.headers


def test_a_500_then_a_dropped_connection_are_retried_to_success(server: tuple[str, Script]) -> None:
    base_url, script = server
    script.replies += [(500, {}, INTERNAL_ERROR), None, (200, {}, SUCCESS)]
    client = kirimchat.KirimChat(api_key=KEY, base_url=base_url)
    waits: list[float] = []
    client._sleep = waits.append  # type: ignore[method-assign]  # observe the waits, do not sleep

    result = client.contacts.attach_label(CONTACT, label_id=LABEL)

    assert result.attached is True
    assert len(script.requests) == 3
    assert len({r.headers["idempotency-key"] for r in script.requests}) == 1
    assert len(waits) == 2
    client.close()


def test_async_client_over_real_http(server: tuple[str, Script]) -> None:
    base_url, script = server
    script.replies += [(503, {"Retry-After": "0"}, INTERNAL_ERROR), (200, {}, SUCCESS)]

    async def scenario() -> kirimchat.models.LabelAttachment:
        async with kirimchat.AsyncKirimChat(api_key=KEY, base_url=base_url) as client:
            return await client.contacts.attach_label(CONTACT, label_id=LABEL)

    result = asyncio.run(scenario())
    assert result.attached is True
    assert [r.path for r in script.requests] == [f"/v1/contacts/{CONTACT}/labels"] * 2
