# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.assignee import Assignee
    from ..models.conversation_contact import ConversationContact
    from ..models.conversation_object import ConversationObject
    from ..models.conversation_status import ConversationStatus
    from ..models.whats_app_account_ref import WhatsAppAccountRef


@_attrs_define(repr=False)
class Conversation(Model):
    """The thread of messages between one WhatsApp account and one contact."""

    id: str
    """A conversation id; `cnv_` and 26 upper-case Crockford base32 characters."""
    object: ConversationObject
    """Always `conversation`."""
    status: ConversationStatus
    """`open` and `pending` conversations await work; `resolved` ones are closed."""
    contact: ConversationContact
    """The contact a conversation is with."""
    whatsapp_account: WhatsAppAccountRef
    """The WhatsApp account a contact talks to."""
    assignee: Assignee | None
    """The user it is assigned to; null when unassigned."""
    unread_count: int
    """Inbound messages nobody has read yet."""
    last_message_at: datetime.datetime | None
    """When the last message was sent or received; null before the first."""
    last_inbound_at: datetime.datetime | None
    """When the contact last wrote; free-form messages can be sent for 24 hours after it."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    updated_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.assignee import Assignee  # noqa: PLC0415
        from ..models.conversation_contact import ConversationContact  # noqa: PLC0415
        from ..models.whats_app_account_ref import WhatsAppAccountRef  # noqa: PLC0415

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="conversation"),
            Field("status", "status", required=True),
            Field("contact", "contact", ModelOf(ConversationContact), required=True),
            Field(
                "whatsapp_account", "whatsapp_account", ModelOf(WhatsAppAccountRef), required=True
            ),
            Field("assignee", "assignee", ModelOf(Assignee), required=True),
            Field("unread_count", "unread_count", required=True),
            Field("last_message_at", "last_message_at", DATETIME, required=True),
            Field("last_inbound_at", "last_inbound_at", DATETIME, required=True),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("updated_at", "updated_at", DATETIME, required=True),
        )
