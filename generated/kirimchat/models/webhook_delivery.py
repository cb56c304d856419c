# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model

if TYPE_CHECKING:
    from ..models.webhook_delivery_object import WebhookDeliveryObject
    from ..models.webhook_delivery_status import WebhookDeliveryStatus
    from ..models.webhook_event_type import WebhookEventType


@_attrs_define(repr=False)
class WebhookDelivery(Model):
    """One attempt to POST an event to a subscription's URL."""

    id: str
    """A webhook delivery id; `wbd_` and 26 upper-case Crockford base32 characters."""
    object: WebhookDeliveryObject
    """Always `webhook_delivery`."""
    subscription_id: str
    """A webhook subscription id; `wbs_` and 26 upper-case Crockford base32 characters."""
    event_id: str
    """A webhook event id; `evt_` and 26 upper-case Crockford base32 characters."""
    event_type: WebhookEventType
    """The type of a webhook event."""
    url: str
    """Where the events are POSTed. The API accepts only `https://` URLs (else 400
    `invalid_webhook_url`)."""
    status: WebhookDeliveryStatus
    """`pending`: not attempted yet; `succeeded`: the receiver answered 2xx; `failed`: it did not, and
    the event will be attempted again (a new delivery); `dead`: it did not, and no retry follows (a
    4xx other than 408 and 429, or the 8th attempt). Replay a `dead` delivery once the receiver is
    fixed."""
    attempt: int
    """The attempt's number for this event (`X-Kirim-Attempt`); 1 for a replay."""
    response_status: int | None
    """The receiver's HTTP status; null when none came (pending, timeout, network error)."""
    replayed_from: None | str
    """The delivery this one replays; null for an ordinary attempt."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    completed_at: datetime.datetime | None
    """When the attempt ended; null while pending."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="webhook_delivery"),
            Field("subscription_id", "subscription_id", required=True),
            Field("event_id", "event_id", required=True),
            Field("event_type", "event_type", required=True),
            Field("url", "url", required=True),
            Field("status", "status", required=True),
            Field("attempt", "attempt", required=True),
            Field("response_status", "response_status", required=True),
            Field("replayed_from", "replayed_from", required=True),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("completed_at", "completed_at", DATETIME, required=True),
        )
