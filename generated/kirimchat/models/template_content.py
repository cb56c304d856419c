# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_content_components_item import TemplateContentComponentsItem


T = TypeVar("T", bound="TemplateContent")


@_attrs_define
class TemplateContent:
    """A message from a template approved by Meta."""

    name: str
    """ The template's name. """
    language: str
    """ The template's language code, e.g. `id_ID` or `en`. """
    components: list[TemplateContentComponentsItem] | Unset = UNSET
    """ The values of the template's parameters, in Meta's own shape (forwarded as is). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({"name": name, "language": language})
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_content_components_item import TemplateContentComponentsItem  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        language = d.pop("language")

        _components = d.pop("components", UNSET)
        components: list[TemplateContentComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = TemplateContentComponentsItem.from_dict(components_item_data)

                components.append(components_item)

        template_content = cls(name=name, language=language, components=components)

        return template_content
