"""The handlers of the webhook subscription and delivery operations (see operations.py).

The rules, beyond the schemas the app validates before a handler runs:
- a subscription's URL must be https:// (else 400 `invalid_webhook_url`); the sandbox also
  takes plain http:// to 127.0.0.1, ::1 or localhost, so that a local receiver can listen;
- `initial_secret` and a rotation's `secret` are shown once, in the response that makes them;
  a subscription lists its secrets' ids and expiry, never their values;
- a rotation's `expires_in_hours` (default 24) ends the overlap of the secrets active before;
- setting `status` back to `active` also forgets the failures that disabled a subscription;
- a delivery outlives its subscription; replaying it once the subscription is gone is a 404.
"""

from __future__ import annotations

from typing import Any

from . import errors
from .operations import Call, handles
from .webhooks import Delivery, SigningSecret, Subscription, Webhooks, is_deliverable_url

DEFAULT_OVERLAP_HOURS = 24  # the spec's default of `expires_in_hours`


def secret_view(secret: SigningSecret) -> dict[str, Any]:
    return {"id": secret.id, "created_at": secret.created_at, "expires_at": secret.expires_at}


def subscription_view(item: Subscription) -> dict[str, Any]:
    return {
        "id": item.id,
        "object": "webhook_subscription",
        "url": item.url,
        "description": item.description,
        "status": item.status,
        "events": item.events,
        "secrets": [secret_view(s) for s in item.active_secrets()],
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }


def delivery_view(item: Delivery) -> dict[str, Any]:
    return {
        "id": item.id,
        "object": "webhook_delivery",
        "subscription_id": item.subscription_id,
        "event_id": item.event.id,
        "event_type": item.event.type,
        "url": item.url,
        "status": item.status,
        "attempt": item.attempt,
        "response_status": item.response_status,
        "replayed_from": item.replayed_from,
        "created_at": item.created_at,
        "completed_at": item.completed_at,
    }


def hooks(call: Call) -> Webhooks:
    webhooks: Webhooks = call.world.webhooks
    return webhooks


def subscription_of(call: Call) -> Subscription:
    found = hooks(call).subscription(call.org_id, call.path["id"])
    if found is None:
        raise errors.not_found(f"webhook subscription {call.path['id']}", "id")
    return found


def checked_url(url: str) -> str:
    if not is_deliverable_url(url):
        raise errors.invalid_request(
            "invalid_webhook_url",
            "url must be an https:// URL (the sandbox also takes http:// on loopback).",
            "url",
        )
    return url


def checked_events(events: list[str]) -> list[str]:
    if len(set(events)) != len(events):
        raise errors.invalid_value("events", "events must name each event type once.")
    return events


@handles("listWebhookSubscriptions")
def list_webhook_subscriptions(call: Call) -> dict[str, Any]:
    return call.page(hooks(call).subscriptions_of(call.org_id), subscription_view)


@handles("createWebhookSubscription")
def create_webhook_subscription(call: Call) -> dict[str, Any]:
    body = call.sent
    subscription, secret = hooks(call).subscribe(
        call.org_id,
        checked_url(body["url"]),
        checked_events(body["events"]),
        body.get("description"),
    )
    call.record(subscription.id, changed=True)
    return {"data": {**subscription_view(subscription), "initial_secret": secret.value}}


@handles("getWebhookSubscription")
def get_webhook_subscription(call: Call) -> dict[str, Any]:
    return {"data": subscription_view(subscription_of(call))}


@handles("updateWebhookSubscription")
def update_webhook_subscription(call: Call) -> dict[str, Any]:
    subscription, body = subscription_of(call), call.sent
    if "url" in body:
        checked_url(body["url"])
    if "events" in body:
        checked_events(body["events"])
    changes = {k: v for k, v in body.items() if getattr(subscription, k) != v}
    for name, value in changes.items():
        setattr(subscription, name, value)
    if changes.get("status") == "active":
        subscription.dead_in_a_row = 0
    if changes:
        subscription.updated_at = call.world.now()
    call.record(subscription.id, changed=bool(changes))
    return {"data": subscription_view(subscription)}


@handles("deleteWebhookSubscription")
def delete_webhook_subscription(call: Call) -> dict[str, Any]:
    subscription = subscription_of(call)
    hooks(call).delete(subscription)
    call.record(subscription.id, changed=True)
    return {}


@handles("rotateWebhookSecret")
def rotate_webhook_secret(call: Call) -> dict[str, Any]:
    subscription = subscription_of(call)
    hours = (call.body or {}).get("expires_in_hours", DEFAULT_OVERLAP_HOURS)
    secret = hooks(call).rotate(subscription, hours)
    call.record(subscription.id, secret.id, changed=True)
    return {
        "data": {
            "id": secret.id,
            "object": "webhook_secret",
            "subscription_id": subscription.id,
            "secret": secret.value,
            "created_at": secret.created_at,
            "expires_at": secret.expires_at,
        }
    }


@handles("listWebhookDeliveries")
def list_webhook_deliveries(call: Call) -> dict[str, Any]:
    wanted = {
        "subscription_id": call.query.get("subscription_id"),
        "status": call.query.get("status"),
        "event_type": call.query.get("event_type"),
    }
    matching = [
        delivery
        for delivery in hooks(call).deliveries_of(call.org_id)
        if all(
            value is None or delivery_view(delivery)[name] == value
            for name, value in wanted.items()
        )
    ]
    return call.page(matching, delivery_view)


def delivery_of(call: Call) -> Delivery:
    found = hooks(call).delivery(call.org_id, call.path["id"])
    if found is None:
        raise errors.not_found(f"webhook delivery {call.path['id']}", "id")
    return found


@handles("getWebhookDelivery")
def get_webhook_delivery(call: Call) -> dict[str, Any]:
    return {"data": delivery_view(delivery_of(call))}


@handles("replayWebhookDelivery")
def replay_webhook_delivery(call: Call) -> dict[str, Any]:
    original = delivery_of(call)
    subscription = hooks(call).subscription(call.org_id, original.subscription_id)
    if subscription is None:
        raise errors.not_found(f"webhook subscription {original.subscription_id}", "id")
    replay = hooks(call).replay(original, subscription)
    call.record(original.id, replay.id, changed=True)
    return {"data": delivery_view(replay)}
