# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.message_event_data import MessageEventData
    from ..models.message_received_event_type import MessageReceivedEventType


@_attrs_define(repr=False)
class MessageReceivedEvent(Model):
    """A contact sent a message to one of your WhatsApp numbers."""

    id: str
    """A webhook event id; `evt_` and 26 upper-case Crockford base32 characters."""
    type: MessageReceivedEventType
    """Always `message.received`."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    data: MessageEventData
    """The message an event is about, as `GET /messages/{id}` returns it."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.message_event_data import MessageEventData  # noqa: PLC0415

        return (
            Field("id", "id", required=True),
            Field("type", "type", required=True, const="message.received"),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("data", "data", ModelOf(MessageEventData), required=True),
        )
