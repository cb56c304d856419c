# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, ListOf, Model, ModelOf

if TYPE_CHECKING:
    from ..models.template_category import TemplateCategory
    from ..models.template_components_item import TemplateComponentsItem
    from ..models.template_object import TemplateObject
    from ..models.template_status import TemplateStatus


@_attrs_define(repr=False)
class Template(Model):
    """A WhatsApp message template, as Meta reviewed it."""

    id: str
    """A template id; `tmpl_` and 26 upper-case Crockford base32 characters."""
    object: TemplateObject
    """Always `template`."""
    name: str
    """The name `POST /messages` sends it by."""
    language: str
    """Its language code, e.g. `id_ID`."""
    category: TemplateCategory
    """Meta's category."""
    status: TemplateStatus
    """Only `approved` templates can be sent."""
    components: list[TemplateComponentsItem]
    """Its header, body, footer and buttons, in Meta's shape."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    updated_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.template_components_item import TemplateComponentsItem  # noqa: PLC0415

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="template"),
            Field("name", "name", required=True),
            Field("language", "language", required=True),
            Field("category", "category", required=True),
            Field("status", "status", required=True),
            Field(
                "components", "components", ListOf(ModelOf(TemplateComponentsItem)), required=True
            ),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("updated_at", "updated_at", DATETIME, required=True),
        )
