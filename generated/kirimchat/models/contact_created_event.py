# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.contact_created_event_type import (
    ContactCreatedEventType,
    check_contact_created_event_type,
)
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.contact_created_data import ContactCreatedData


T = TypeVar("T", bound="ContactCreatedEvent")


@_attrs_define
class ContactCreatedEvent(ExtraFields["Any"]):
    """A contact was created, by a first inbound message or through the API."""

    id: str
    """ A webhook event id; `evt_` and 26 upper-case Crockford base32 characters. """
    type_: ContactCreatedEventType
    """ Always `contact.created`. """
    created_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    data: ContactCreatedData
    """ The new contact, and how it came. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "type": type_, "created_at": created_at, "data": data})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_created_data import ContactCreatedData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_contact_created_event_type(d.pop("type"))

        created_at = parse_datetime(d.pop("created_at"))

        data = ContactCreatedData.from_dict(d.pop("data"))

        contact_created_event = cls(id=id, type_=type_, created_at=created_at, data=data)

        contact_created_event.additional_properties = d
        return contact_created_event
