# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.created_webhook_secret import CreatedWebhookSecret


@_attrs_define(repr=False)
class CreatedWebhookSecretEnvelope(Model):
    """The success envelope of a secret rotation."""

    data: CreatedWebhookSecret
    """A new signing secret, with its value (shown once)."""
    request_id: str
    """A request id; `req_` and 26 Crockford base32 characters."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.created_webhook_secret import CreatedWebhookSecret  # noqa: PLC0415

        return (
            Field("data", "data", ModelOf(CreatedWebhookSecret), required=True),
            Field("request_id", "request_id", required=True),
        )
