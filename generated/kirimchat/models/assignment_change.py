# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

T = TypeVar("T", bound="AssignmentChange")


@_attrs_define
class AssignmentChange(ExtraFields["Any"]):
    """Who a conversation is assigned to now, and who before."""

    user_id: None | str
    """ The user it is assigned to now; null when it was unassigned. """
    team_id: None | str
    """ The team of the conversation's account, when known. """
    previous_user_id: None | str
    """ The user it was assigned to before; null on a first assignment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: None | str
        user_id = self.user_id

        team_id: None | str
        team_id = self.team_id

        previous_user_id: None | str
        previous_user_id = self.previous_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {"user_id": user_id, "team_id": team_id, "previous_user_id": previous_user_id}
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_team_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_id = _parse_team_id(d.pop("team_id"))

        def _parse_previous_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_user_id = _parse_previous_user_id(d.pop("previous_user_id"))

        assignment_change = cls(user_id=user_id, team_id=team_id, previous_user_id=previous_user_id)

        assignment_change.additional_properties = d
        return assignment_change
