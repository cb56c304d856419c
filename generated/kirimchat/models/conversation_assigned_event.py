# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.conversation_assigned_data import ConversationAssignedData
    from ..models.conversation_assigned_event_type import ConversationAssignedEventType


@_attrs_define(repr=False)
class ConversationAssignedEvent(Model):
    """A conversation's assignee changed."""

    id: str
    """A webhook event id; `evt_` and 26 upper-case Crockford base32 characters."""
    type: ConversationAssignedEventType
    """Always `conversation.assigned`."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    data: ConversationAssignedData
    """A conversation and its change of assignee."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.conversation_assigned_data import ConversationAssignedData  # noqa: PLC0415

        return (
            Field("id", "id", required=True),
            Field("type", "type", required=True, const="conversation.assigned"),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("data", "data", ModelOf(ConversationAssignedData), required=True),
        )
