# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.contact_updated_data import ContactUpdatedData
    from ..models.contact_updated_event_type import ContactUpdatedEventType


@_attrs_define(repr=False)
class ContactUpdatedEvent(Model):
    """A contact's name, email or metadata changed."""

    id: str
    """A webhook event id; `evt_` and 26 upper-case Crockford base32 characters."""
    type: ContactUpdatedEventType
    """Always `contact.updated`."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    data: ContactUpdatedData
    """The contact as it is now, and which of its fields changed."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.contact_updated_data import ContactUpdatedData  # noqa: PLC0415

        return (
            Field("id", "id", required=True),
            Field("type", "type", required=True, const="contact.updated"),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("data", "data", ModelOf(ContactUpdatedData), required=True),
        )
