# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model

if TYPE_CHECKING:
    from ..models.organization_object import OrganizationObject


@_attrs_define(repr=False)
class Organization(Model):
    """The organisation an API key belongs to."""

    id: str
    """An organisation id; `org_` and 26 upper-case Crockford base32 characters."""
    object: OrganizationObject
    """Always `organization`."""
    name: str
    """The organisation's name."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="organization"),
            Field("name", "name", required=True),
        )
