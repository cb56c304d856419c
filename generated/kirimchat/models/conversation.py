# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.conversation_object import ConversationObject, check_conversation_object
from ..models.conversation_status import ConversationStatus, check_conversation_status
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.assignee import Assignee
    from ..models.conversation_contact import ConversationContact
    from ..models.whats_app_account_ref import WhatsAppAccountRef


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation(ExtraFields["Any"]):
    """The thread of messages between one WhatsApp account and one contact."""

    id: str
    """ A conversation id; `cnv_` and 26 upper-case Crockford base32 characters. """
    object_: ConversationObject
    """ Always `conversation`. """
    status: ConversationStatus
    """ `open` and `pending` conversations await work; `resolved` ones are closed. """
    contact: ConversationContact
    """ The contact a conversation is with. """
    whatsapp_account: WhatsAppAccountRef
    """ The WhatsApp account a contact talks to. """
    assignee: Assignee | None
    """ The user it is assigned to; null when unassigned. """
    unread_count: int
    """ Inbound messages nobody has read yet. """
    last_message_at: datetime.datetime | None
    """ When the last message was sent or received; null before the first. """
    last_inbound_at: datetime.datetime | None
    """ When the contact last wrote; free-form messages can be sent for 24 hours after it. """
    created_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    updated_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assignee import Assignee  # noqa: PLC0415

        id = self.id

        object_: str = self.object_

        status: str = self.status

        contact = self.contact.to_dict()

        whatsapp_account = self.whatsapp_account.to_dict()

        assignee: dict[str, Any] | None
        if isinstance(self.assignee, Assignee):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        unread_count = self.unread_count

        last_message_at: None | str
        if isinstance(self.last_message_at, datetime.datetime):
            last_message_at = self.last_message_at.isoformat()
        else:
            last_message_at = self.last_message_at

        last_inbound_at: None | str
        if isinstance(self.last_inbound_at, datetime.datetime):
            last_inbound_at = self.last_inbound_at.isoformat()
        else:
            last_inbound_at = self.last_inbound_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "contact": contact,
                "whatsapp_account": whatsapp_account,
                "assignee": assignee,
                "unread_count": unread_count,
                "last_message_at": last_message_at,
                "last_inbound_at": last_inbound_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignee import Assignee  # noqa: PLC0415
        from ..models.conversation_contact import ConversationContact  # noqa: PLC0415
        from ..models.whats_app_account_ref import WhatsAppAccountRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_conversation_object(d.pop("object"))

        status = check_conversation_status(d.pop("status"))

        contact = ConversationContact.from_dict(d.pop("contact"))

        whatsapp_account = WhatsAppAccountRef.from_dict(d.pop("whatsapp_account"))

        def _parse_assignee(data: object) -> Assignee | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_type_0 = Assignee.from_dict(data)

                return assignee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Assignee | None, data)

        assignee = _parse_assignee(d.pop("assignee"))

        unread_count = d.pop("unread_count")

        def _parse_last_message_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_message_at_type_0 = parse_datetime(data)

                return last_message_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_message_at = _parse_last_message_at(d.pop("last_message_at"))

        def _parse_last_inbound_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_inbound_at_type_0 = parse_datetime(data)

                return last_inbound_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_inbound_at = _parse_last_inbound_at(d.pop("last_inbound_at"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        conversation = cls(
            id=id,
            object_=object_,
            status=status,
            contact=contact,
            whatsapp_account=whatsapp_account,
            assignee=assignee,
            unread_count=unread_count,
            last_message_at=last_message_at,
            last_inbound_at=last_inbound_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        conversation.additional_properties = d
        return conversation
