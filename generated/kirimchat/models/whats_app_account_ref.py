# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

T = TypeVar("T", bound="WhatsAppAccountRef")


@_attrs_define
class WhatsAppAccountRef(ExtraFields["Any"]):
    """The WhatsApp account a contact talks to."""

    phone_number: None | str
    """ The account's number as displayed, e.g. `+62 851-1760-0829`; null while onboarding. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number: None | str
        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"phone_number": phone_number})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        whats_app_account_ref = cls(phone_number=phone_number)

        whats_app_account_ref.additional_properties = d
        return whats_app_account_ref
