# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.contact_created_data import ContactCreatedData
    from ..models.contact_created_event_type import ContactCreatedEventType


@_attrs_define(repr=False)
class ContactCreatedEvent(Model):
    """A contact was created, by a first inbound message or through the API."""

    id: str
    """A webhook event id; `evt_` and 26 upper-case Crockford base32 characters."""
    type: ContactCreatedEventType
    """Always `contact.created`."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    data: ContactCreatedData
    """The new contact, and how it came."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.contact_created_data import ContactCreatedData  # noqa: PLC0415

        return (
            Field("id", "id", required=True),
            Field("type", "type", required=True, const="contact.created"),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("data", "data", ModelOf(ContactCreatedData), required=True),
        )
