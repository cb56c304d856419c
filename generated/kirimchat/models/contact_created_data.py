# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ContactCreatedData")


@_attrs_define
class ContactCreatedData(ExtraFields["Any"]):
    """The new contact, and how it came."""

    contact: Contact
    """ A person a WhatsApp account talks to. """
    acquisition_source: str
    """ How the contact came, e.g. `inbound_message` or `api`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

        acquisition_source = self.acquisition_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"contact": contact, "acquisition_source": acquisition_source})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        contact = Contact.from_dict(d.pop("contact"))

        acquisition_source = d.pop("acquisition_source")

        contact_created_data = cls(contact=contact, acquisition_source=acquisition_source)

        contact_created_data.additional_properties = d
        return contact_created_data
