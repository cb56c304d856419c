"""The sandbox's webhooks: subscriptions, signed deliveries to a receiver on 127.0.0.1,
retries, the record of every attempt, replays and secret rotation.

Signatures are checked twice: by an HMAC written here from the docs' scheme, and by the SDK's
``kirimchat.webhooks.verify_signature``. Waiting for a delivery polls the receiver with a
generous deadline; no assertion depends on how long anything took.
"""

from __future__ import annotations

import hashlib
import hmac
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import kirimchat.webhooks
import pytest
from recording_server import Recorded, Script, recording_server

from scripts.sandbox import RunningSandbox

FAST = (0.05,) * 7  # the docs' 8 attempts, without the waits
DEADLINE_SECONDS = 20.0
OK = (200, {}, b"ok")
UNAVAILABLE = (503, {}, b"busy")


@pytest.fixture
def receiver() -> Iterator[tuple[str, Script]]:
    with recording_server() as (base, script):
        yield base.removesuffix("/v1") + "/kirim-webhook", script


@pytest.fixture
def fast_sandbox(make_sandbox: Callable[..., RunningSandbox]) -> RunningSandbox:
    return make_sandbox(webhook_retry_delays=FAST)


def api(sandbox: RunningSandbox) -> httpx.Client:
    headers = {"Authorization": f"Bearer {sandbox.seed.api_key}"}
    return httpx.Client(base_url=sandbox.base_url, headers=headers, trust_env=False)


def wait_until(condition: Callable[[], Any], what: str) -> Any:
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    pytest.fail(f"still waiting for {what} after {DEADLINE_SECONDS} s")


def subscribe(client: httpx.Client, url: str, events: list[str] | None = None) -> dict[str, Any]:
    response = client.post(
        "/webhook_subscriptions", json={"url": url, "events": events or ["contact.created"]}
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()["data"]
    return created


def create_contact(client: httpx.Client, sandbox: RunningSandbox, phone: str) -> str:
    body = {"phone_number": phone, "name": "Rina", "from": sandbox.seed.account_number}
    response = client.post("/contacts", json=body)
    assert response.status_code == 201, response.text
    contact_id: str = response.json()["data"]["id"]
    return contact_id


def signed_with(request: Recorded, secret: str) -> bool:
    """The docs' scheme, written independently of the SDK and the sandbox."""
    fields = [part.split("=", 1) for part in request.headers["x-kirim-signature"].split(",")]
    t = next(value for key, value in fields if key == "t")
    expected = hmac.new(secret.encode(), f"{t}.".encode() + request.body, hashlib.sha256)
    return any(
        key == "v1" and hmac.compare_digest(value, expected.hexdigest()) for key, value in fields
    )


def deliveries(client: httpx.Client, **filters: str) -> list[dict[str, Any]]:
    response = client.get("/webhook_deliveries", params={"limit": 100, **filters})
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["data"]
    return found


def test_only_https_urls_or_loopback_http_are_accepted(sandbox: RunningSandbox) -> None:
    with api(sandbox) as client:
        for url in ("http://example.com/hook", "ftp://example.com/hook", "http://10.0.0.1/x"):
            response = client.post(
                "/webhook_subscriptions", json={"url": url, "events": ["contact.created"]}
            )
            assert response.status_code == 400, url
            assert response.json()["error"]["code"] == "invalid_webhook_url"
        created = subscribe(client, "https://example.com/hook")
        assert created["initial_secret"].startswith("whsec_")
        subscribe(client, "http://127.0.0.1:9/hook")
        # The secret is shown once: never by a fetch or a list.
        fetched = client.get(f"/webhook_subscriptions/{created['id']}").json()["data"]
        assert "initial_secret" not in fetched
        assert [s["id"] for s in fetched["secrets"]] == [s["id"] for s in created["secrets"]]
        listed = client.get("/webhook_subscriptions").json()["data"]
        assert all("initial_secret" not in item for item in listed)
        response = client.patch(
            f"/webhook_subscriptions/{created['id']}", json={"url": "http://x.y"}
        )
        assert response.json()["error"]["code"] == "invalid_webhook_url"


def test_an_event_is_delivered_signed_with_the_documented_headers(
    sandbox: RunningSandbox, receiver: tuple[str, Script]
) -> None:
    url, script = receiver
    script.replies = [OK]
    with api(sandbox) as client:
        subscription = subscribe(client, url)
        contact_id = create_contact(client, sandbox, "+6281311112222")
        request = wait_until(lambda: script.requests, "the delivery")[0]
    secret = subscription["initial_secret"]
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-kirim-event"] == "contact.created"
    assert request.headers["x-kirim-attempt"] == "1"
    assert request.headers["x-kirim-delivery-id"].startswith("wbd_")
    event = request.json()
    assert request.headers["x-kirim-event-id"] == event["id"]
    assert event["type"] == "contact.created"
    assert event["data"]["contact"]["id"] == contact_id
    assert signed_with(request, secret)
    assert not signed_with(request, "whsec_someone_elses_secret")
    kirimchat.webhooks.verify_signature(request.body, request.headers, secret=secret)
    with pytest.raises(kirimchat.WebhookVerificationError):
        kirimchat.webhooks.verify_signature(request.body + b" ", request.headers, secret=secret)


def test_failures_are_retried_and_each_attempt_is_a_delivery(
    fast_sandbox: RunningSandbox, receiver: tuple[str, Script]
) -> None:
    url, script = receiver
    script.replies = [UNAVAILABLE, None, OK]  # a 503, a dropped connection, then a success
    with api(fast_sandbox) as client:
        subscription = subscribe(client, url)
        create_contact(client, fast_sandbox, "+6281311113333")
        wait_until(
            lambda: any(d["status"] == "succeeded" for d in deliveries(client)), "the success"
        )
        attempts = sorted(deliveries(client), key=lambda d: d["attempt"])
    assert [r.headers["x-kirim-attempt"] for r in script.requests] == ["1", "2", "3"]
    assert len({r.headers["x-kirim-event-id"] for r in script.requests}) == 1
    assert len({r.body for r in script.requests}) == 1  # the same bytes every time
    assert [r.headers["x-kirim-delivery-id"] for r in script.requests] == [
        d["id"] for d in attempts
    ]
    assert [(d["attempt"], d["status"], d["response_status"]) for d in attempts] == [
        (1, "failed", 503),
        (2, "failed", None),
        (3, "succeeded", 200),
    ]
    assert {d["subscription_id"] for d in attempts} == {subscription["id"]}
    assert all(signed_with(r, subscription["initial_secret"]) for r in script.requests)


def test_a_4xx_is_not_retried_and_the_last_failure_is_dead(
    make_sandbox: Callable[..., RunningSandbox], receiver: tuple[str, Script]
) -> None:
    url, script = receiver
    sandbox = make_sandbox(webhook_retry_delays=(0.05, 0.05))  # 3 attempts at most
    script.replies = [(404, {}, b"no such hook"), UNAVAILABLE, (429, {}, b""), (500, {}, b"")]
    with api(sandbox) as client:
        subscribe(client, url)
        create_contact(client, sandbox, "+6281311114444")
        wait_until(lambda: deliveries(client, status="dead"), "the 404's dead delivery")
        create_contact(client, sandbox, "+6281311115555")
        wait_until(lambda: len(deliveries(client, status="dead")) == 2, "the third attempt")
        outcomes = sorted((d["event_id"], d["attempt"], d["status"]) for d in deliveries(client))
    assert len(script.requests) == 4
    by_event: dict[str, list[tuple[int, str]]] = {}
    for event_id, attempt, status in outcomes:
        by_event.setdefault(event_id, []).append((attempt, status))
    assert sorted(by_event.values()) == [
        [(1, "dead")],
        [(1, "failed"), (2, "failed"), (3, "dead")],
    ]


def test_a_receiver_that_does_not_answer_in_time_is_retried(
    make_sandbox: Callable[..., RunningSandbox],
) -> None:
    silent = socket.socket()  # accepts connections (the backlog) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        sandbox = make_sandbox(webhook_retry_delays=(0.05,), webhook_timeout_seconds=0.3)
        with api(sandbox) as client:
            subscribe(client, f"http://127.0.0.1:{silent.getsockname()[1]}/hook")
            create_contact(client, sandbox, "+6281311116666")
            wait_until(lambda: deliveries(client, status="dead"), "the timed-out attempts")
            found = sorted(
                (d["attempt"], d["status"], d["response_status"]) for d in deliveries(client)
            )
    finally:
        silent.close()
    assert found == [(1, "failed", None), (2, "dead", None)]


def test_a_replay_is_a_new_delivery_of_the_same_event(
    sandbox: RunningSandbox, receiver: tuple[str, Script]
) -> None:
    url, script = receiver
    script.replies = [(410, {}, b"gone"), OK]
    with api(sandbox) as client:
        subscription = subscribe(client, url)
        create_contact(client, sandbox, "+6281311117777")
        dead = wait_until(lambda: deliveries(client, status="dead"), "the dead delivery")[0]
        response = client.post(f"/webhook_deliveries/{dead['id']}/replay")
        assert response.status_code == 202, response.text
        replay = response.json()["data"]
        assert (replay["status"], replay["replayed_from"]) == ("pending", dead["id"])
        assert replay["event_id"] == dead["event_id"] and replay["id"] != dead["id"]
        wait_until(
            lambda: (
                client.get(f"/webhook_deliveries/{replay['id']}").json()["data"]["status"]
                == "succeeded"
            ),
            "the replay's success",
        )
        # The original stays as it was, for audit.
        assert client.get(f"/webhook_deliveries/{dead['id']}").json()["data"] == dead
        # Once the subscription is gone, its deliveries are still listed but not replayable.
        assert client.delete(f"/webhook_subscriptions/{subscription['id']}").status_code == 204
        assert client.get(f"/webhook_subscriptions/{subscription['id']}").status_code == 404
        assert len(deliveries(client, subscription_id=subscription["id"])) == 2
        assert client.post(f"/webhook_deliveries/{dead['id']}/replay").status_code == 404
    first, again = script.requests
    assert first.body == again.body
    assert first.headers["x-kirim-event-id"] == again.headers["x-kirim-event-id"]
    assert again.headers["x-kirim-delivery-id"] == replay["id"]


def test_after_a_rotation_both_secrets_sign_until_the_overlap_ends(
    sandbox: RunningSandbox, receiver: tuple[str, Script]
) -> None:
    url, script = receiver
    script.replies = [OK]
    with api(sandbox) as client:
        subscription = subscribe(client, url)
        response = client.post(
            f"/webhook_subscriptions/{subscription['id']}/secrets", json={"expires_in_hours": 2}
        )
        assert response.status_code == 201, response.text
        rotated = response.json()["data"]
        listed = client.get(f"/webhook_subscriptions/{subscription['id']}").json()["data"]
        create_contact(client, sandbox, "+6281311118888")
        request = wait_until(lambda: script.requests, "the delivery")[0]
    old, new = subscription["initial_secret"], rotated["secret"]
    assert new.startswith("whsec_") and new != old
    assert [s["id"] for s in listed["secrets"]] == [subscription["secrets"][0]["id"], rotated["id"]]
    assert listed["secrets"][0]["expires_at"] is not None
    assert listed["secrets"][1]["expires_at"] is None
    assert request.headers["x-kirim-signature"].count("v1=") == 2
    assert signed_with(request, old) and signed_with(request, new)
    for secret in (old, new, [old, new]):
        kirimchat.webhooks.verify_signature(request.body, request.headers, secret=secret)


def test_disabled_subscriptions_and_other_events_get_nothing(
    sandbox: RunningSandbox, receiver: tuple[str, Script]
) -> None:
    url, script = receiver
    script.replies = [OK, OK]
    with api(sandbox) as client:
        wanted = subscribe(client, url)
        subscribe(client, url, ["contact.updated"])  # not this event
        patch = client.patch(f"/webhook_subscriptions/{wanted['id']}", json={"status": "disabled"})
        assert patch.json()["data"]["status"] == "disabled"
        create_contact(client, sandbox, "+6281311119999")
        client.patch(f"/webhook_subscriptions/{wanted['id']}", json={"status": "active"})
        create_contact(client, sandbox, "+6281311110000")
        wait_until(lambda: script.requests, "the delivery to the active subscription")
        assert deliveries(client, event_type="contact.updated") == []
    assert [r.json()["data"]["contact"]["phone_number"] for r in script.requests] == [
        "+6281311110000"
    ]


def test_an_inbound_message_can_be_simulated(
    sandbox: RunningSandbox, receiver: tuple[str, Script]
) -> None:
    url, script = receiver
    script.replies = [OK, OK]
    origin = sandbox.base_url.removesuffix("/v1")
    with api(sandbox) as client:
        secret = subscribe(client, url, ["message.received", "contact.created"])["initial_secret"]
        response = client.post(
            origin + "/_sandbox/inbound_messages", json={"from": "+6281388887777", "text": "Halo"}
        )
        assert response.status_code == 201, response.text
        message = response.json()["data"]
        wait_until(lambda: len(script.requests) == 2, "both events")
        refused = client.post(origin + "/_sandbox/inbound_messages", json={"from": "0812"})
        assert refused.status_code == 400
    events = {r.json()["type"]: r.json()["data"] for r in script.requests}
    assert events["message.received"]["message"] == message
    assert (message["direction"], message["text"], message["from"]) == (
        "inbound",
        {"body": "Halo"},
        "+6281388887777",
    )
    assert events["contact.created"]["contact"]["id"] == message["contact_id"]
    # The SDK turns each delivery into the model of its type.
    unwrapped = [
        kirimchat.webhooks.unwrap(r.body, r.headers, secret=secret) for r in script.requests
    ]
    assert {type(event).__name__ for event in unwrapped} == {
        "ContactCreatedEvent",
        "MessageReceivedEvent",
    }


def test_a_sent_message_reports_each_status_step(
    make_sandbox: Callable[..., RunningSandbox], receiver: tuple[str, Script]
) -> None:
    url, script = receiver
    script.replies = [OK] * 8
    sandbox = make_sandbox(message_status_step_seconds=0.05)
    origin = sandbox.base_url.removesuffix("/v1")
    customer = "+6281377776666"
    with api(sandbox) as client:
        subscribe(client, url, ["message.created", "message.status"])
        # The contact writes first: a free-form reply is allowed within 24 hours of that.
        ours = sandbox.seed.account_number
        inbound = {"from": customer, "to": ours, "text": "Halo"}
        assert client.post(origin + "/_sandbox/inbound_messages", json=inbound).status_code == 201
        sent = client.post(
            "/messages",
            json={"from": ours, "to": customer, "type": "text", "text": {"body": "Terima kasih"}},
        )
        assert sent.status_code == 202, sent.text
        message_id = sent.json()["data"]["id"]
        wait_until(lambda: len(script.requests) == 4, "message.created and three status steps")
        final = client.get(f"/messages/{message_id}").json()["data"]
    events = [r.json() for r in script.requests]
    assert {e["data"]["message"]["id"] for e in events} == {message_id}
    steps = sorted(
        (e["type"], e["data"]["message"]["updated_at"], e["data"]["message"]["status"])
        for e in events
    )
    assert [(kind, status) for kind, _, status in steps] == [
        ("message.created", "pending"),
        ("message.status", "sent"),
        ("message.status", "delivered"),
        ("message.status", "read"),
    ]
    assert final["status"] == "read"


def test_a_subscription_whose_events_keep_dying_is_disabled(
    sandbox: RunningSandbox, receiver: tuple[str, Script]
) -> None:
    url, script = receiver
    sandbox.sandbox.webhooks.disable_after = 2  # the docs' 20, made small
    script.replies = [(404, {}, b""), (404, {}, b""), OK]
    with api(sandbox) as client:
        subscription = subscribe(client, url)
        path = f"/webhook_subscriptions/{subscription['id']}"
        create_contact(client, sandbox, "+6281355550001")
        wait_until(lambda: deliveries(client, status="dead"), "the first dead delivery")
        assert client.get(path).json()["data"]["status"] == "active"
        create_contact(client, sandbox, "+6281355550002")
        wait_until(lambda: client.get(path).json()["data"]["status"] == "disabled", "disabling")
        create_contact(client, sandbox, "+6281355550003")  # not delivered: disabled
        client.patch(path, json={"status": "active"})
        create_contact(client, sandbox, "+6281355550004")
        wait_until(lambda: deliveries(client, status="succeeded"), "the delivery after enabling")
    phones = [r.json()["data"]["contact"]["phone_number"] for r in script.requests]
    assert phones == ["+6281355550001", "+6281355550002", "+6281355550004"]
