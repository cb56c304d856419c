# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.deleted_label_object import DeletedLabelObject, check_deleted_label_object

T = TypeVar("T", bound="DeletedLabel")


@_attrs_define
class DeletedLabel(ExtraFields["Any"]):
    """The confirmation of a deletion."""

    id: str
    """ A label id; `lbl_` and 26 upper-case Crockford base32 characters. """
    object_: DeletedLabelObject
    """ Always `label`. """
    deleted: bool
    """ True once the label is gone. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "object": object_, "deleted": deleted})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_deleted_label_object(d.pop("object"))

        deleted = d.pop("deleted")

        deleted_label = cls(id=id, object_=object_, deleted=deleted)

        deleted_label.additional_properties = d
        return deleted_label
