# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

T = TypeVar("T", bound="LabelAttachment")


@_attrs_define
class LabelAttachment(ExtraFields["Any"]):
    """Whether a label is attached to a contact."""

    contact_id: str
    """ A contact id; `ctc_` and 26 upper-case Crockford base32 characters. """
    label_id: str
    """ A label id; `lbl_` and 26 upper-case Crockford base32 characters. """
    attached: bool
    """ True once the label is attached to the contact. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        label_id = self.label_id

        attached = self.attached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"contact_id": contact_id, "label_id": label_id, "attached": attached})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = d.pop("contact_id")

        label_id = d.pop("label_id")

        attached = d.pop("attached")

        label_attachment = cls(contact_id=contact_id, label_id=label_id, attached=attached)

        label_attachment.additional_properties = d
        return label_attachment
