"""Webhook subscriptions and deliveries with the SDK against the sandbox, sync and async.

The receiver is a recording HTTP server on loopback (plain http, which only the sandbox
accepts); a sent message's `message.created` event is what it receives.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import kirimchat
import pytest
from recording_server import Script, recording_server
from sandbox_session import KINDS, Session, run

from scripts.sandbox import RunningSandbox

DEADLINE_SECONDS = 20.0
OK = (200, {}, b"ok")


async def eventually(
    session: Session, fetch: Callable[[], Any], done: Callable[[Any], bool]
) -> Any:
    """`fetch()`'s value once `done` holds: deliveries are attempted in the background."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        value = await session.call(fetch())
        if done(value):
            return value
        time.sleep(0.02)
    pytest.fail(f"still waiting after {DEADLINE_SECONDS} s")


@pytest.mark.parametrize("kind", KINDS)
def test_a_subscription_is_created_rotated_updated_and_deleted(
    kind: str, sandbox: RunningSandbox
) -> None:
    async def scenario(session: Session) -> None:
        subscriptions = session.client.webhook_subscriptions
        created = await session.call(
            subscriptions.create(
                url="http://127.0.0.1:9/kirim-webhook",
                events=["message.status"],
                description="Local receiver",
            )
        )
        rotated = await session.call(
            subscriptions.rotate_webhook_secret(created.id, expires_in_hours=1)
        )
        updated = await session.call(
            subscriptions.update(
                created.id, events=["message.status", "contact.created"], status="disabled"
            )
        )
        listed = await session.every(subscriptions.list())
        deleted = await session.call(subscriptions.delete(created.id))

        assert created.initial_secret.startswith("whsec_") and created.status == "active"
        assert rotated.secret.startswith("whsec_") and rotated.secret != created.initial_secret
        assert rotated.subscription_id == created.id
        assert [s.expires_at is None for s in updated.secrets] == [False, True]
        assert (updated.status, updated.events) == (
            "disabled",
            ["message.status", "contact.created"],
        )
        assert [s.id for s in listed] == [created.id]
        assert deleted is None
        with pytest.raises(kirimchat.NotFoundError):
            await session.call(subscriptions.get(created.id))
        with pytest.raises(kirimchat.BadRequestError) as caught:
            await session.call(
                subscriptions.create(url="http://example.com/hook", events=["message.status"])
            )
        assert caught.value.code == "invalid_webhook_url"

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_deliveries_are_listed_fetched_and_replayed(kind: str, sandbox: RunningSandbox) -> None:
    seed = sandbox.seed
    with recording_server() as (base, script):
        script.replies = [OK, OK]
        url = base.removesuffix("/v1") + "/kirim-webhook"

        async def scenario(session: Session) -> None:
            client = session.client
            subscription = await session.call(
                client.webhook_subscriptions.create(url=url, events=["message.created"])
            )
            await session.call(
                client.messages.send(
                    body={
                        "from": seed.account_number,
                        "to": "+6281234567890",
                        "type": "text",
                        "text": {"body": "Halo"},
                    }
                )
            )
            deliveries = client.webhook_deliveries
            page = await eventually(
                session,
                lambda: deliveries.list(
                    subscription_id=subscription.id, event_type="message.created"
                ),
                lambda page: [d for d in page.data if d.status == "succeeded"],
            )
            first = await session.call(deliveries.get(page.data[0].id))
            replay = await session.call(deliveries.replay(first.id))

            assert (first.status, first.attempt, first.response_status) == ("succeeded", 1, 200)
            assert (replay.status, replay.replayed_from, replay.event_id) == (
                "pending",
                first.id,
                first.event_id,
            )
            await eventually(
                session, lambda: deliveries.get(replay.id), lambda d: d.status == "succeeded"
            )

        run(kind, sandbox, scenario)
        assert len(_posts(script)) == 2  # the event, then its replay
        assert _posts(script)[0].body == _posts(script)[1].body


def _posts(script: Script) -> list[Any]:
    return [request for request in script.requests if request.method == "POST"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_receiver_as_the_readme_writes_it_takes_an_event_of_a_later_api(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed
    webhooks = sandbox.sandbox.world.webhooks
    secrets: list[str] = []
    with recording_server() as (base, script):
        script.replies = [OK]
        url = base.removesuffix("/v1") + "/kirim-webhook"

        async def scenario(session: Session) -> None:
            client = session.client
            subscription = await session.call(
                client.webhook_subscriptions.create(url=url, events=["message.created"])
            )
            secrets.append(subscription.initial_secret)
            await session.call(
                client.messages.send(
                    body={
                        "from": seed.account_number,
                        "to": "+6281234567890",
                        "type": "text",
                        "text": {"body": "Halo"},
                    }
                )
            )
            deliveries = client.webhook_deliveries
            await eventually(
                session,
                lambda: deliveries.list(subscription_id=subscription.id),
                lambda page: [d for d in page.data if d.status == "succeeded"],
            )

        webhooks.next_version = True
        try:
            run(kind, sandbox, scenario)
        finally:
            webhooks.next_version = False
    (delivered,) = _posts(script)
    # The README's receiver: 400 for WebhookVerificationError, else act on it and answer 200.
    try:
        event = kirimchat.webhooks.unwrap(delivered.body, delivered.headers, secret=secrets[0])
    except kirimchat.WebhookVerificationError:
        pytest.fail("an authentic event of a later API version was refused")
    assert event.type == "message.created"
    assert event.added_in_a_later_version is True  # type: ignore[union-attr]
