# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.label_color import LabelColor, check_label_color
from ..models.label_object import LabelObject, check_label_object
from ..types import parse_datetime

T = TypeVar("T", bound="Label")


@_attrs_define
class Label(ExtraFields["Any"]):
    """A coloured tag for contacts and conversations, scoped to one team."""

    id: str
    """ A label id; `lbl_` and 26 upper-case Crockford base32 characters. """
    object_: LabelObject
    """ Always `label`. """
    name: str
    """ Unique within the label's team. """
    color: LabelColor
    """ One of the 13 colours a label can have. """
    team_id: str
    """ A team id, 1 to 64 characters without white space. """
    created_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    updated_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        name = self.name

        color: str = self.color

        team_id = self.team_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "name": name,
                "color": color,
                "team_id": team_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_label_object(d.pop("object"))

        name = d.pop("name")

        color = check_label_color(d.pop("color"))

        team_id = d.pop("team_id")

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        label = cls(
            id=id,
            object_=object_,
            name=name,
            color=color,
            team_id=team_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        label.additional_properties = d
        return label
