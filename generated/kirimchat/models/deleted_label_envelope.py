# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    from ..models.deleted_label import DeletedLabel
    from ..models.deleted_label_object import DeletedLabelObject


T = TypeVar("T", bound="DeletedLabelEnvelope")


@_attrs_define
class DeletedLabelEnvelope(ExtraFields["Any"]):
    """The success envelope of a label deletion."""

    data: DeletedLabel
    """ The confirmation of a deletion. """
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
        from ..models.deleted_label import DeletedLabel  # noqa: PLC0415

        d = dict(src_dict)
        data = DeletedLabel.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        deleted_label_envelope = cls(data=data, request_id=request_id)

        deleted_label_envelope.additional_properties = d
        return deleted_label_envelope

    @property
    def id(self) -> str:
        """``data.id``: A label id; `lbl_` and 26 upper-case Crockford base32 characters."""
        return self.data.id

    @property
    def object_(self) -> DeletedLabelObject:
        """``data.object_``: Always `label`."""
        return self.data.object_

    @property
    def deleted(self) -> bool:
        """``data.deleted``: True once the label is gone."""
        return self.data.deleted
