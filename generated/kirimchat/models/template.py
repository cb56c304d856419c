# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.template_category import TemplateCategory, check_template_category
from ..models.template_object import TemplateObject, check_template_object
from ..models.template_status import TemplateStatus, check_template_status
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.template_components_item import TemplateComponentsItem


T = TypeVar("T", bound="Template")


@_attrs_define
class Template(ExtraFields["Any"]):
    """A WhatsApp message template, as Meta reviewed it."""

    id: str
    """ A template id; `tmpl_` and 26 upper-case Crockford base32 characters. """
    object_: TemplateObject
    """ Always `template`. """
    name: str
    """ The name `POST /messages` sends it by. """
    language: str
    """ Its language code, e.g. `id_ID`. """
    category: TemplateCategory
    """ Meta's category. """
    status: TemplateStatus
    """ Only `approved` templates can be sent. """
    components: list[TemplateComponentsItem]
    """ Its header, body, footer and buttons, in Meta's shape. """
    created_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    updated_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        name = self.name

        language = self.language

        category: str = self.category

        status: str = self.status

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "name": name,
                "language": language,
                "category": category,
                "status": status,
                "components": components,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_components_item import TemplateComponentsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_template_object(d.pop("object"))

        name = d.pop("name")

        language = d.pop("language")

        category = check_template_category(d.pop("category"))

        status = check_template_status(d.pop("status"))

        components = []
        _components = d.pop("components")
        for components_item_data in _components:
            components_item = TemplateComponentsItem.from_dict(components_item_data)

            components.append(components_item)

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        template = cls(
            id=id,
            object_=object_,
            name=name,
            language=language,
            category=category,
            status=status,
            components=components,
            created_at=created_at,
            updated_at=updated_at,
        )

        template.additional_properties = d
        return template
