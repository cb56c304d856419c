# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.api_key_object import ApiKeyObject, check_api_key_object

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey(ExtraFields["Any"]):
    """The API key of the request, without its secret."""

    id: str
    """ An API key's id (not the key); `key_` and 26 Crockford base32 characters. """
    object_: ApiKeyObject
    """ Always `api_key`. """
    label: None | str
    """ The name given to the key in the dashboard. """
    last4: str
    """ The key's last four characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        label: None | str
        label = self.label

        last4 = self.last4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "object": object_, "label": label, "last4": last4})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_api_key_object(d.pop("object"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        last4 = d.pop("last4")

        api_key = cls(id=id, object_=object_, label=label, last4=last4)

        api_key.additional_properties = d
        return api_key
