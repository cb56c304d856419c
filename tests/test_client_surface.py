"""What a bot developer meets around the calls (issue 21): logs, errors that say what to do,
``with_options(pacing=...)``, pages as sequences and the client's webhook secret.

Each test calls the SDK as a user does, through both clients (``Harness`` runs the async one
on its own event loop), against a scripted transport.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import time
from typing import Any

import httpx
import kirimchat
import kirimchat.webhooks
import pytest
from client_harness import (
    CONTACT,
    KEY,
    KINDS,
    LABEL,
    REQUEST_ID,
    Harness,
    api_error,
    attached,
)
from kirimchat import AsyncKirimChat, KirimChat
from kirimchat._pacing import AsyncPacer, Pacer

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
EVENT = json.dumps(
    {"id": "evt_01", "type": "thing.created", "created_at": "2026-05-23T10:00:00Z"},
    separators=(",", ":"),
).encode()


def signed(body: bytes, secret: str) -> dict[str, str]:
    t = int(time.time())
    v1 = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Kirim-Signature": f"t={t},v1={v1}"}


def label(number: int) -> dict[str, Any]:
    return {
        "id": f"lbl_01HXYZABCDEFGHJKMNPQRSTVW{number}",
        "object": "label",
        "name": f"label {number}",
        "color": "amber",
        "team_id": "team_main",
        "created_at": "2026-05-01T08:30:00Z",
        "updated_at": "2026-05-01T08:30:00Z",
    }


def labels_page(count: int) -> httpx.Response:
    body = {
        "data": [label(n) for n in range(count)],
        "has_more": False,
        "next_cursor": None,
        "request_id": REQUEST_ID,
    }
    return httpx.Response(200, json=body, headers={"X-Request-Id": REQUEST_ID})


# --- logs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_request_log_line_shows_the_path_with_ids_the_status_and_the_seconds(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    harness = Harness(kind, [attached()])
    with caplog.at_level(logging.INFO, logger="kirimchat"):
        harness.attach(extra_query={"note": "siti@example.com"})

    [line] = [r.getMessage() for r in caplog.records if "->" in r.getMessage()]
    assert re.fullmatch(
        rf"POST /v1/contacts/{CONTACT}/labels -> 200 in \d+\.\d{{3}} s \(request {REQUEST_ID}\)",
        line,
    ), line
    assert "siti@example.com" not in caplog.text  # never the query
    assert KEY not in caplog.text


def _rate_limited(request: httpx.Request) -> httpx.Response:
    """A write bucket of one token, empty after this request, full again a minute later."""
    response = attached()
    response.headers.update(
        {"X-RateLimit-Limit": "1", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "60"}
    )
    return response


@pytest.mark.parametrize("kind", KINDS)
def test_a_pacing_wait_is_logged_with_its_seconds_and_bucket(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    harness = Harness(kind, [_rate_limited, _rate_limited])
    clock = [0.0]

    def now() -> float:
        return clock[0]

    def wall() -> float:
        return 1_800_000_000.0 + clock[0]

    def wait(event: object, timeout: float | None) -> None:
        assert timeout is not None
        clock[0] += timeout

    async def wait_async(event: object, timeout: float | None) -> None:
        wait(event, timeout)

    if kind == "sync":
        harness.client._pacer = Pacer(clock=now, wall=wall, wait=wait)
    else:
        harness.client._pacer = AsyncPacer(clock=now, wall=wall, wait=wait_async)

    with caplog.at_level(logging.INFO, logger="kirimchat"):
        harness.attach()
        harness.attach()  # the bucket is empty: this one waits for its token

    waits = [r.getMessage() for r in caplog.records if r.getMessage().startswith("pacing:")]
    assert len(waits) == 1, caplog.text
    match = re.fullmatch(
        r"pacing: POST waited (\d+\.\d\d) s for a token of the write bucket", waits[0]
    )
    assert match, waits[0]
    assert float(match[1]) == pytest.approx(clock[0], abs=0.01)
    assert float(match[1]) > 0


# --- errors that say what to do -------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_5xx_on_a_delete_is_not_retried_and_the_error_says_so_and_why(
    kind: str, status: int
) -> None:
    harness = Harness(
        kind, [api_error(status, "api_error", "internal_error", "Something went wrong")]
    )

    with pytest.raises(kirimchat.InternalServerError) as caught:
        harness.run(lambda client: client.labels.delete(LABEL))

    assert len(harness.requests) == 1  # max_retries is 2: it was not sent again
    message = str(caught.value)
    assert "Something went wrong" in message  # the API's own message is still there
    assert "Not retried" in message
    assert f"DELETE answered {status} may have been applied" in message
    assert "404" in message  # what a retry would have answered


@pytest.mark.parametrize("kind", KINDS)
def test_a_5xx_on_a_post_is_retried_and_its_error_has_no_such_note(kind: str) -> None:
    failure = api_error(502, "api_error", "internal_error", "Something went wrong")
    harness = Harness(kind, [failure, failure], max_retries=1)

    with pytest.raises(kirimchat.InternalServerError) as caught:
        harness.attach()

    assert len(harness.requests) == 2
    assert "Not retried" not in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
def test_a_base_url_without_the_servers_path_gets_a_404_that_names_the_missing_prefix(
    kind: str,
) -> None:
    no_route = api_error(404, "not_found", "resource_not_found", "No such route.")
    harness = Harness(kind, [no_route], base_url="http://kirim.test")

    with pytest.raises(kirimchat.NotFoundError) as caught:
        harness.attach()

    message = str(caught.value)
    assert "No such route." in message
    assert "lacks /v1" in message
    assert "base_url='http://kirim.test/v1'" in message


@pytest.mark.parametrize("kind", KINDS)
def test_a_404_with_the_right_base_url_suggests_nothing(kind: str) -> None:
    missing = api_error(404, "not_found", "resource_not_found", "No such contact.")
    harness = Harness(kind, [missing])  # http://kirim.test/v1

    with pytest.raises(kirimchat.NotFoundError) as caught:
        harness.attach()

    assert "base_url" not in str(caught.value)


# --- with_options(pacing=...) ---------------------------------------------------------------


@pytest.mark.parametrize("client_class", [KirimChat, AsyncKirimChat])
def test_with_options_turns_pacing_off_and_on(
    client_class: type[KirimChat] | type[AsyncKirimChat],
) -> None:
    client = client_class(api_key=KEY, base_url="http://kirim.test/v1")

    unpaced = client.with_options(pacing=False)
    repaced = unpaced.with_options(pacing=True)

    assert client._pacer.enabled and not unpaced._pacer.enabled
    assert repaced._pacer.enabled and repaced._pacer is not client._pacer
    assert client.with_options(pacing=True)._pacer is client._pacer  # nothing changed
    assert not unpaced.with_options(timeout=5)._pacer.enabled  # kept by a later copy


@pytest.mark.parametrize("kind", KINDS)
def test_a_copy_without_pacing_sends_at_once_into_an_empty_bucket(kind: str) -> None:
    harness = Harness(kind, [_rate_limited, _rate_limited, _rate_limited])
    harness.attach()  # the bucket is empty from now on, for a minute
    unpaced = harness.client.with_options(pacing=False)

    started = time.monotonic()
    harness.run(lambda _: unpaced.contacts.attach_label(CONTACT, label_id=LABEL))
    harness.run(lambda _: unpaced.contacts.attach_label(CONTACT, label_id=LABEL))

    assert len(harness.requests) == 3
    assert time.monotonic() - started < 5  # a paced client would wait about a minute


# --- pages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_page_has_a_length_and_is_indexed_over_its_own_items(kind: str) -> None:
    harness = Harness(kind, [labels_page(3)])

    async def first_page(client: Any) -> Any:
        return await client.labels.list()

    page = harness.run((lambda client: client.labels.list()) if kind == "sync" else first_page)

    assert len(page) == 3
    assert page[0] is page.data[0] and page[-1] is page.data[2]
    assert page[:2] == page.data[:2]
    assert [item.id for item in page[1:]] == [label(1)["id"], label(2)["id"]]
    with pytest.raises(IndexError):
        page[3]


# --- webhooks -------------------------------------------------------------------------------


@pytest.mark.parametrize("client_class", [KirimChat, AsyncKirimChat])
def test_a_missing_webhook_secret_is_its_own_error_naming_what_to_set(
    client_class: type[KirimChat] | type[AsyncKirimChat], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KIRIM_WEBHOOK_SECRET", raising=False)
    client = client_class(api_key=KEY)

    with pytest.raises(kirimchat.MissingWebhookSecretError) as caught:
        client.webhooks.unwrap(EVENT, signed(EVENT, SECRET))

    error = caught.value
    assert isinstance(error, kirimchat.KirimChatError)
    assert not isinstance(error, kirimchat.WebhookVerificationError)  # not the sender's fault
    assert "KIRIM_WEBHOOK_SECRET" in str(error) and "webhook_secret=" in str(error)
    with pytest.raises(kirimchat.MissingWebhookSecretError):
        kirimchat.webhooks.verify_signature(EVENT, signed(EVENT, SECRET))


@pytest.mark.parametrize("client_class", [KirimChat, AsyncKirimChat])
def test_the_webhook_secret_option_is_what_client_webhooks_verifies_with(
    client_class: type[KirimChat] | type[AsyncKirimChat], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIRIM_WEBHOOK_SECRET", "whsec_someone_elses")
    client = client_class(api_key=KEY, webhook_secret=SECRET)

    event = client.webhooks.unwrap(EVENT, signed(EVENT, SECRET))
    client.with_options(timeout=5).webhooks.verify_signature(EVENT, signed(EVENT, SECRET))

    assert isinstance(event, kirimchat.UnknownWebhookEvent) and event.type == "thing.created"
    with pytest.raises(kirimchat.WebhookVerificationError):  # the option wins over the env
        client.webhooks.verify_signature(EVENT, signed(EVENT, "whsec_someone_elses"))
    rotated = client.with_options(webhook_secret=[SECRET, "whsec_new"])
    rotated.webhooks.verify_signature(EVENT, signed(EVENT, "whsec_new"))


@pytest.mark.parametrize("client_class", [KirimChat, AsyncKirimChat])
def test_without_the_option_client_webhooks_reads_kirim_webhook_secret(
    client_class: type[KirimChat] | type[AsyncKirimChat], monkeypatch: pytest.MonkeyPatch
) -> None:
    client = client_class(api_key=KEY)
    monkeypatch.setenv("KIRIM_WEBHOOK_SECRET", SECRET)  # set after the client: read when used

    client.webhooks.verify_signature(EVENT, signed(EVENT, SECRET))
