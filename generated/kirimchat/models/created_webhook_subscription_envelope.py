# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.created_webhook_subscription import CreatedWebhookSubscription


@_attrs_define(repr=False)
class CreatedWebhookSubscriptionEnvelope(Model):
    """The success envelope of a new webhook subscription."""

    data: CreatedWebhookSubscription
    """A new webhook subscription, with the value of its signing secret (shown once)."""
    request_id: str
    """A request id; `req_` and 26 Crockford base32 characters."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.created_webhook_subscription import CreatedWebhookSubscription  # noqa: PLC0415

        return (
            Field("data", "data", ModelOf(CreatedWebhookSubscription), required=True),
            Field("request_id", "request_id", required=True),
        )
