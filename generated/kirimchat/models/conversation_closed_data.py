# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    from ..models.closed_conversation_ref import ClosedConversationRef


T = TypeVar("T", bound="ConversationClosedData")


@_attrs_define
class ConversationClosedData(ExtraFields["Any"]):
    """The conversation that was closed."""

    conversation: ClosedConversationRef
    """ The conversation that was closed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation = self.conversation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"conversation": conversation})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closed_conversation_ref import ClosedConversationRef  # noqa: PLC0415

        d = dict(src_dict)
        conversation = ClosedConversationRef.from_dict(d.pop("conversation"))

        conversation_closed_data = cls(conversation=conversation)

        conversation_closed_data.additional_properties = d
        return conversation_closed_data
