# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    import datetime

    from ..models.assignee import Assignee
    from ..models.conversation import Conversation
    from ..models.conversation_contact import ConversationContact
    from ..models.conversation_object import ConversationObject
    from ..models.conversation_status import ConversationStatus
    from ..models.whats_app_account_ref import WhatsAppAccountRef


T = TypeVar("T", bound="ConversationEnvelope")


@_attrs_define
class ConversationEnvelope(ExtraFields["Any"]):
    """The success envelope of one conversation."""

    data: Conversation
    """ The thread of messages between one WhatsApp account and one contact. """
    request_id: str
    """ A request id; `req_` and 26 Crockford base32 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"data": data, "request_id": request_id})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation import Conversation  # noqa: PLC0415

        d = dict(src_dict)
        data = Conversation.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        conversation_envelope = cls(data=data, request_id=request_id)

        conversation_envelope.additional_properties = d
        return conversation_envelope

    @property
    def id(self) -> str:
        """``data.id``: A conversation id; `cnv_` and 26 upper-case Crockford base32 characters."""
        return self.data.id

    @property
    def object_(self) -> ConversationObject:
        """``data.object_``: Always `conversation`."""
        return self.data.object_

    @property
    def status(self) -> ConversationStatus:
        """``data.status``: `open` and `pending` conversations await work; `resolved` ones are closed."""
        return self.data.status

    @property
    def contact(self) -> ConversationContact:
        """``data.contact``: The contact a conversation is with."""
        return self.data.contact

    @property
    def whatsapp_account(self) -> WhatsAppAccountRef:
        """``data.whatsapp_account``: The WhatsApp account a contact talks to."""
        return self.data.whatsapp_account

    @property
    def assignee(self) -> Assignee | None:
        """``data.assignee``: The user it is assigned to; null when unassigned."""
        return self.data.assignee

    @property
    def unread_count(self) -> int:
        """``data.unread_count``: Inbound messages nobody has read yet."""
        return self.data.unread_count

    @property
    def last_message_at(self) -> datetime.datetime | None:
        """``data.last_message_at``: When the last message was sent or received; null before the first."""
        return self.data.last_message_at

    @property
    def last_inbound_at(self) -> datetime.datetime | None:
        """``data.last_inbound_at``: When the contact last wrote; free-form messages can be sent for 24 hours after it."""
        return self.data.last_inbound_at

    @property
    def created_at(self) -> datetime.datetime:
        """``data.created_at``: An RFC 3339 date and time, in UTC."""
        return self.data.created_at

    @property
    def updated_at(self) -> datetime.datetime:
        """``data.updated_at``: An RFC 3339 date and time, in UTC."""
        return self.data.updated_at
