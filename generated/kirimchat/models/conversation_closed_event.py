# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.conversation_closed_data import ConversationClosedData
    from ..models.conversation_closed_event_type import ConversationClosedEventType


@_attrs_define(repr=False)
class ConversationClosedEvent(Model):
    """A conversation's status became `resolved`."""

    id: str
    """A webhook event id; `evt_` and 26 upper-case Crockford base32 characters."""
    type: ConversationClosedEventType
    """Always `conversation.closed`."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    data: ConversationClosedData
    """The conversation that was closed."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.conversation_closed_data import ConversationClosedData  # noqa: PLC0415

        return (
            Field("id", "id", required=True),
            Field("type", "type", required=True, const="conversation.closed"),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("data", "data", ModelOf(ConversationClosedData), required=True),
        )
