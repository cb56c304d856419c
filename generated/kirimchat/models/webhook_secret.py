# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model


@_attrs_define(repr=False)
class WebhookSecret(Model):
    """One of a subscription's signing secrets, without its value."""

    id: str
    """A signing secret's id (not its value); `sec_` and 26 Crockford base32 characters."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    expires_at: datetime.datetime | None
    """When the secret stops signing; null while it has no end."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (
            Field("id", "id", required=True),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("expires_at", "expires_at", DATETIME, required=True),
        )
