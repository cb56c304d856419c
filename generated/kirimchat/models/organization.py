# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.organization_object import OrganizationObject, check_organization_object

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization(ExtraFields["Any"]):
    """The organisation an API key belongs to."""

    id: str
    """ An organisation id; `org_` and 26 upper-case Crockford base32 characters. """
    object_: OrganizationObject
    """ Always `organization`. """
    name: str
    """ The organisation's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "object": object_, "name": name})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_organization_object(d.pop("object"))

        name = d.pop("name")

        organization = cls(id=id, object_=object_, name=name)

        organization.additional_properties = d
        return organization
