# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

T = TypeVar("T", bound="ConversationContact")


@_attrs_define
class ConversationContact(ExtraFields["Any"]):
    """The contact a conversation is with."""

    id: str
    """ A contact id; `ctc_` and 26 upper-case Crockford base32 characters. """
    phone_number: None | str
    """ The contact's number in E.164 form. """
    name: None | str
    """ The contact's name, when known. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number: None | str
        phone_number = self.phone_number

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "phone_number": phone_number, "name": name})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        conversation_contact = cls(id=id, phone_number=phone_number, name=name)

        conversation_contact.additional_properties = d
        return conversation_contact
