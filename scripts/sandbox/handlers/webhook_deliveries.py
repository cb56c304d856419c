"""The Webhook Deliveries operations: each attempt to send an event, and its replay.

A delivery outlives its subscription; replaying it once the subscription is gone is a 404.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..call import Call, Handler
from ..webhooks import Delivery


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


def list_webhook_deliveries(call: Call) -> dict[str, Any]:
    wanted = {
        "subscription_id": call.query.get("subscription_id"),
        "status": call.query.get("status"),
        "event_type": call.query.get("event_type"),
    }
    matching = [
        delivery
        for delivery in call.webhooks.deliveries_of(call.org_id)
        if all(
            value is None or delivery_view(delivery)[name] == value
            for name, value in wanted.items()
        )
    ]
    return call.page(matching, delivery_view)


def delivery_of(call: Call) -> Delivery:
    found = call.webhooks.delivery(call.org_id, call.path["id"])
    if found is None:
        raise errors.not_found(f"webhook delivery {call.path['id']}", "id")
    return found


def get_webhook_delivery(call: Call) -> dict[str, Any]:
    return {"data": delivery_view(delivery_of(call))}


def replay_webhook_delivery(call: Call) -> dict[str, Any]:
    original = delivery_of(call)
    subscription = call.webhooks.subscription(call.org_id, original.subscription_id)
    if subscription is None:
        raise errors.not_found(f"webhook subscription {original.subscription_id}", "id")
    replay = call.webhooks.replay(original, subscription)
    call.record(original.id, replay.id, changed=True)
    return {"data": delivery_view(replay)}


HANDLERS: dict[str, Handler] = {
    "listWebhookDeliveries": list_webhook_deliveries,
    "getWebhookDelivery": get_webhook_delivery,
    "replayWebhookDelivery": replay_webhook_delivery,
}
