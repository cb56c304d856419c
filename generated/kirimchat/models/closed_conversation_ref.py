# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.closed_conversation_ref_object import (
    ClosedConversationRefObject,
    check_closed_conversation_ref_object,
)
from ..models.closed_conversation_ref_status import (
    ClosedConversationRefStatus,
    check_closed_conversation_ref_status,
)

T = TypeVar("T", bound="ClosedConversationRef")


@_attrs_define
class ClosedConversationRef(ExtraFields["Any"]):
    """The conversation that was closed."""

    id: str
    """ A conversation id; `cnv_` and 26 upper-case Crockford base32 characters. """
    object_: ClosedConversationRefObject
    """ Always `conversation`. """
    status: ClosedConversationRefStatus
    """ Always `resolved`. """
    closed_by_user_id: None | str
    """ The user who closed it; null when it was closed through the API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        status: str = self.status

        closed_by_user_id: None | str
        closed_by_user_id = self.closed_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {"id": id, "object": object_, "status": status, "closed_by_user_id": closed_by_user_id}
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_closed_conversation_ref_object(d.pop("object"))

        status = check_closed_conversation_ref_status(d.pop("status"))

        def _parse_closed_by_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closed_by_user_id = _parse_closed_by_user_id(d.pop("closed_by_user_id"))

        closed_conversation_ref = cls(
            id=id, object_=object_, status=status, closed_by_user_id=closed_by_user_id
        )

        closed_conversation_ref.additional_properties = d
        return closed_conversation_ref
