# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="MessageEventData")


@_attrs_define
class MessageEventData(ExtraFields["Any"]):
    """The message an event is about, as `GET /messages/{id}` returns it."""

    message: Message
    """ A WhatsApp message, sent or received. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"message": message})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        message = Message.from_dict(d.pop("message"))

        message_event_data = cls(message=message)

        message_event_data.additional_properties = d
        return message_event_data
