# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    import datetime

    from ..models.template import Template
    from ..models.template_category import TemplateCategory
    from ..models.template_components_item import TemplateComponentsItem
    from ..models.template_object import TemplateObject
    from ..models.template_status import TemplateStatus


T = TypeVar("T", bound="TemplateEnvelope")


@_attrs_define
class TemplateEnvelope(ExtraFields["Any"]):
    """The success envelope of one template."""

    data: Template
    """ A WhatsApp message template, as Meta reviewed it. """
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
        from ..models.template import Template  # noqa: PLC0415

        d = dict(src_dict)
        data = Template.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        template_envelope = cls(data=data, request_id=request_id)

        template_envelope.additional_properties = d
        return template_envelope

    @property
    def id(self) -> str:
        """``data.id``: A template id; `tmpl_` and 26 upper-case Crockford base32 characters."""
        return self.data.id

    @property
    def object_(self) -> TemplateObject:
        """``data.object_``: Always `template`."""
        return self.data.object_

    @property
    def name(self) -> str:
        """``data.name``: The name `POST /messages` sends it by."""
        return self.data.name

    @property
    def language(self) -> str:
        """``data.language``: Its language code, e.g. `id_ID`."""
        return self.data.language

    @property
    def category(self) -> TemplateCategory:
        """``data.category``: Meta's category."""
        return self.data.category

    @property
    def status(self) -> TemplateStatus:
        """``data.status``: Only `approved` templates can be sent."""
        return self.data.status

    @property
    def components(self) -> list[TemplateComponentsItem]:
        """``data.components``: Its header, body, footer and buttons, in Meta's shape."""
        return self.data.components

    @property
    def created_at(self) -> datetime.datetime:
        """``data.created_at``: An RFC 3339 date and time, in UTC."""
        return self.data.created_at

    @property
    def updated_at(self) -> datetime.datetime:
        """``data.updated_at``: An RFC 3339 date and time, in UTC."""
        return self.data.updated_at
