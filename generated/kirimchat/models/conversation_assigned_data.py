# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    from ..models.assignment_change import AssignmentChange
    from ..models.conversation_ref import ConversationRef


T = TypeVar("T", bound="ConversationAssignedData")


@_attrs_define
class ConversationAssignedData(ExtraFields["Any"]):
    """A conversation and its change of assignee."""

    conversation: ConversationRef
    """ The conversation an event is about. """
    assignee: AssignmentChange
    """ Who a conversation is assigned to now, and who before. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation = self.conversation.to_dict()

        assignee = self.assignee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"conversation": conversation, "assignee": assignee})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_change import AssignmentChange  # noqa: PLC0415
        from ..models.conversation_ref import ConversationRef  # noqa: PLC0415

        d = dict(src_dict)
        conversation = ConversationRef.from_dict(d.pop("conversation"))

        assignee = AssignmentChange.from_dict(d.pop("assignee"))

        conversation_assigned_data = cls(conversation=conversation, assignee=assignee)

        conversation_assigned_data.additional_properties = d
        return conversation_assigned_data
