# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, PLAIN, Field, ListOf, Model, ModelOf

if TYPE_CHECKING:
    from ..models.created_webhook_subscription_object import CreatedWebhookSubscriptionObject
    from ..models.webhook_event_type import WebhookEventType
    from ..models.webhook_secret import WebhookSecret
    from ..models.webhook_subscription_status import WebhookSubscriptionStatus


@_attrs_define(repr=False)
class CreatedWebhookSubscription(Model):
    """A new webhook subscription, with the value of its signing secret (shown once)."""

    id: str
    """A webhook subscription id; `wbs_` and 26 upper-case Crockford base32 characters."""
    object: CreatedWebhookSubscriptionObject
    """Always `webhook_subscription`."""
    url: str
    """Where the events are POSTed. The API accepts only `https://` URLs (else 400
    `invalid_webhook_url`)."""
    description: None | str
    """Your note on what the subscription is for."""
    status: WebhookSubscriptionStatus
    """`active` subscriptions receive their events; `disabled` ones (by you, or by the API after
    repeated failed deliveries) receive none until set `active` again."""
    events: list[WebhookEventType]
    """The event types to deliver, at least one, each once."""
    secrets: list[WebhookSecret]
    """The signing secrets; here the one whose value is `initial_secret`."""
    initial_secret: str
    """A signing secret's value, `whsec_` and more characters. Use the whole string, prefix included,
    as the HMAC key (UTF-8)."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    updated_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.webhook_secret import WebhookSecret  # noqa: PLC0415

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="webhook_subscription"),
            Field("url", "url", required=True),
            Field("description", "description", required=True),
            Field("status", "status", required=True),
            Field("events", "events", ListOf(PLAIN), required=True),
            Field("secrets", "secrets", ListOf(ModelOf(WebhookSecret)), required=True),
            Field("initial_secret", "initial_secret", required=True),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("updated_at", "updated_at", DATETIME, required=True),
        )
