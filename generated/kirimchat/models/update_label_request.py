from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.label_color import LabelColor, check_label_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateLabelRequest")


@_attrs_define
class UpdateLabelRequest:
    """The fields to change; omitted fields keep their value."""

    name: str | Unset = UNSET
    """ The new name, unique within the label's team. """
    color: LabelColor | Unset = UNSET
    """ One of the 13 colours a label can have. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _color = d.pop("color", UNSET)
        color: LabelColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = check_label_color(_color)

        update_label_request = cls(name=name, color=color)

        return update_label_request
