# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    import datetime

    from ..models.label import Label
    from ..models.label_color import LabelColor
    from ..models.label_object import LabelObject


T = TypeVar("T", bound="LabelEnvelope")


@_attrs_define
class LabelEnvelope(ExtraFields["Any"]):
    """The success envelope of one label."""

    data: Label
    """ A coloured tag for contacts and conversations, scoped to one team. """
    request_id: str
    """ A request id; `req_` and 26 Crockford base32 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"data": data, "request_id": request_id})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        data = Label.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        label_envelope = cls(data=data, request_id=request_id)

        label_envelope.additional_properties = d
        return label_envelope

    @property
    def id(self) -> str:
        """``data.id``: A label id; `lbl_` and 26 upper-case Crockford base32 characters."""
        return self.data.id

    @property
    def object_(self) -> LabelObject:
        """``data.object_``: Always `label`."""
        return self.data.object_

    @property
    def name(self) -> str:
        """``data.name``: Unique within the label's team."""
        return self.data.name

    @property
    def color(self) -> LabelColor:
        """``data.color``: One of the 13 colours a label can have."""
        return self.data.color

    @property
    def team_id(self) -> str:
        """``data.team_id``: A team id, 1 to 64 characters without white space."""
        return self.data.team_id

    @property
    def created_at(self) -> datetime.datetime:
        """``data.created_at``: An RFC 3339 date and time, in UTC."""
        return self.data.created_at

    @property
    def updated_at(self) -> datetime.datetime:
        """``data.updated_at``: An RFC 3339 date and time, in UTC."""
        return self.data.updated_at
