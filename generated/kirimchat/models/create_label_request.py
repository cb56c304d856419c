from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.label_color import LabelColor, check_label_color
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLabelRequest")


@_attrs_define
class CreateLabelRequest:
    """A new label."""

    name: str
    """ The label's name, unique within its team. """
    team_id: str | Unset = UNSET
    """ A team id, 1 to 64 characters without white space. """
    color: LabelColor | Unset = UNSET
    """ One of the 13 colours a label can have. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        team_id = self.team_id

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update({"name": name})
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        team_id = d.pop("team_id", UNSET)

        _color = d.pop("color", UNSET)
        color: LabelColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = check_label_color(_color)

        create_label_request = cls(name=name, team_id=team_id, color=color)

        return create_label_request
