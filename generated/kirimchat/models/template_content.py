# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, ListOf, Model, ModelOf

if TYPE_CHECKING:
    from ..models.template_content_components_item import TemplateContentComponentsItem


@_attrs_define(repr=False)
class TemplateContent(Model):
    """A message from a template approved by Meta."""

    name: str
    """The template's name."""
    language: str
    """The template's language code, e.g. `id_ID` or `en`."""
    components: list[TemplateContentComponentsItem] | None = None
    """The values of the template's parameters, in Meta's own shape (forwarded as is)."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.template_content_components_item import TemplateContentComponentsItem  # noqa: PLC0415

        return (
            Field("name", "name", required=True),
            Field("language", "language", required=True),
            Field("components", "components", ListOf(ModelOf(TemplateContentComponentsItem))),
        )
