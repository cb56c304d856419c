# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    from ..models.label_attachment import LabelAttachment


T = TypeVar("T", bound="LabelAttachmentEnvelope")


@_attrs_define
class LabelAttachmentEnvelope(ExtraFields["Any"]):
    """The success envelope of attach."""

    data: LabelAttachment
    """ Whether a label is attached to a contact. """
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
        from ..models.label_attachment import LabelAttachment  # noqa: PLC0415

        d = dict(src_dict)
        data = LabelAttachment.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        label_attachment_envelope = cls(data=data, request_id=request_id)

        label_attachment_envelope.additional_properties = d
        return label_attachment_envelope

    @property
    def contact_id(self) -> str:
        """``data.contact_id``: A contact id; `ctc_` and 26 upper-case Crockford base32 characters."""
        return self.data.contact_id

    @property
    def label_id(self) -> str:
        """``data.label_id``: A label id; `lbl_` and 26 upper-case Crockford base32 characters."""
        return self.data.label_id

    @property
    def attached(self) -> bool:
        """``data.attached``: True once the label is attached to the contact."""
        return self.data.attached
