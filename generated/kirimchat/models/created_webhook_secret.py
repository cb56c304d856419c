# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model

if TYPE_CHECKING:
    from ..models.created_webhook_secret_object import CreatedWebhookSecretObject


@_attrs_define(repr=False)
class CreatedWebhookSecret(Model):
    """A new signing secret, with its value (shown once)."""

    id: str
    """A signing secret's id (not its value); `sec_` and 26 Crockford base32 characters."""
    object: CreatedWebhookSecretObject
    """Always `webhook_secret`."""
    subscription_id: str
    """A webhook subscription id; `wbs_` and 26 upper-case Crockford base32 characters."""
    secret: str
    """A signing secret's value, `whsec_` and more characters. Use the whole string, prefix included,
    as the HMAC key (UTF-8)."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    expires_at: datetime.datetime | None
    """When the secret stops signing; null while it has no end."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="webhook_secret"),
            Field("subscription_id", "subscription_id", required=True),
            Field("secret", "secret", required=True),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("expires_at", "expires_at", DATETIME, required=True),
        )
