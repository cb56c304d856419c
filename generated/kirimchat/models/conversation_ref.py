# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.conversation_ref_object import ConversationRefObject, check_conversation_ref_object
from ..models.conversation_status import ConversationStatus, check_conversation_status

T = TypeVar("T", bound="ConversationRef")


@_attrs_define
class ConversationRef(ExtraFields["Any"]):
    """The conversation an event is about."""

    id: str
    """ A conversation id; `cnv_` and 26 upper-case Crockford base32 characters. """
    object_: ConversationRefObject
    """ Always `conversation`. """
    status: ConversationStatus
    """ `open` and `pending` conversations await work; `resolved` ones are closed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "object": object_, "status": status})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_conversation_ref_object(d.pop("object"))

        status = check_conversation_status(d.pop("status"))

        conversation_ref = cls(id=id, object_=object_, status=status)

        conversation_ref.additional_properties = d
        return conversation_ref
