"""The Webhook Subscriptions operations (webhooks.py delivers what they subscribe to).

The rules, beyond the schemas the app validates before a handler runs:
- a subscription's URL must be https:// (else 400 `invalid_webhook_url`); the sandbox also
  takes plain http:// to 127.0.0.1, ::1 or localhost, so that a local receiver can listen;
- `initial_secret` and a rotation's `secret` are shown once, in the response that makes them;
  a subscription lists its secrets' ids and expiry, never their values;
- a rotation's `expires_in_hours` (default 24) ends the overlap of the secrets active before;
- setting `status` back to `active` also forgets the failures that disabled a subscription.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..call import Call, Handler
from ..webhooks import SigningSecret, Subscription, is_deliverable_url

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


def subscription_of(call: Call) -> Subscription:
    found = call.webhooks.subscription(call.org_id, call.path["id"])
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


def list_webhook_subscriptions(call: Call) -> dict[str, Any]:
    return call.page(call.webhooks.subscriptions_of(call.org_id), subscription_view)


def create_webhook_subscription(call: Call) -> dict[str, Any]:
    body = call.sent
    subscription, secret = call.webhooks.subscribe(
        call.org_id,
        checked_url(body["url"]),
        checked_events(body["events"]),
        body.get("description"),
    )
    call.record(subscription.id, changed=True)
    return {"data": {**subscription_view(subscription), "initial_secret": secret.value}}


def get_webhook_subscription(call: Call) -> dict[str, Any]:
    return {"data": subscription_view(subscription_of(call))}


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


def delete_webhook_subscription(call: Call) -> dict[str, Any]:
    subscription = subscription_of(call)
    call.webhooks.delete(subscription)
    call.record(subscription.id, changed=True)
    return {}


def rotate_webhook_secret(call: Call) -> dict[str, Any]:
    subscription = subscription_of(call)
    hours = (call.body or {}).get("expires_in_hours", DEFAULT_OVERLAP_HOURS)
    secret = call.webhooks.rotate(subscription, hours)
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


HANDLERS: dict[str, Handler] = {
    "listWebhookSubscriptions": list_webhook_subscriptions,
    "createWebhookSubscription": create_webhook_subscription,
    "getWebhookSubscription": get_webhook_subscription,
    "updateWebhookSubscription": update_webhook_subscription,
    "deleteWebhookSubscription": delete_webhook_subscription,
    "rotateWebhookSecret": rotate_webhook_secret,
}
