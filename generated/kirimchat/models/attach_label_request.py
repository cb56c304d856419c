from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AttachLabelRequest")


@_attrs_define
class AttachLabelRequest:
    """Which label to attach."""

    label_id: str
    """ A label id; `lbl_` and 26 upper-case Crockford base32 characters. """

    def to_dict(self) -> dict[str, Any]:
        label_id = self.label_id

        field_dict: dict[str, Any] = {}

        field_dict.update({"label_id": label_id})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label_id = d.pop("label_id")

        attach_label_request = cls(label_id=label_id)

        return attach_label_request
