# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.contact_updated_data_changed_fields_item import (
    ContactUpdatedDataChangedFieldsItem,
    check_contact_updated_data_changed_fields_item,
)

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ContactUpdatedData")


@_attrs_define
class ContactUpdatedData(ExtraFields["Any"]):
    """The contact as it is now, and which of its fields changed."""

    contact: Contact
    """ A person a WhatsApp account talks to. """
    changed_fields: list[ContactUpdatedDataChangedFieldsItem]
    """ The fields that changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

        changed_fields = []
        for changed_fields_item_data in self.changed_fields:
            changed_fields_item: str = changed_fields_item_data
            changed_fields.append(changed_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"contact": contact, "changed_fields": changed_fields})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        contact = Contact.from_dict(d.pop("contact"))

        changed_fields = []
        _changed_fields = d.pop("changed_fields")
        for changed_fields_item_data in _changed_fields:
            changed_fields_item = check_contact_updated_data_changed_fields_item(
                changed_fields_item_data
            )

            changed_fields.append(changed_fields_item)

        contact_updated_data = cls(contact=contact, changed_fields=changed_fields)

        contact_updated_data.additional_properties = d
        return contact_updated_data
