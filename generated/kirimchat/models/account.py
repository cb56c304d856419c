# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.account_object import AccountObject, check_account_object
from ..models.account_status import AccountStatus, check_account_status

T = TypeVar("T", bound="Account")


@_attrs_define
class Account(ExtraFields["Any"]):
    """A WhatsApp Business account (a phone number) connected to the organisation."""

    object_: AccountObject
    """ Always `account`. """
    phone_number_id: None | str
    """ Meta's id of the number (digits); null while onboarding. """
    phone_number: None | str
    """ The number, as `from` takes it; null while onboarding. """
    name: None | str
    """ The account's display name. """
    status: AccountStatus
    """ Only `connected` accounts can send. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: str = self.object_

        phone_number_id: None | str
        phone_number_id = self.phone_number_id

        phone_number: None | str
        phone_number = self.phone_number

        name: None | str
        name = self.name

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "phone_number_id": phone_number_id,
                "phone_number": phone_number,
                "name": name,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = check_account_object(d.pop("object"))

        def _parse_phone_number_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number_id = _parse_phone_number_id(d.pop("phone_number_id"))

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        status = check_account_status(d.pop("status"))

        account = cls(
            object_=object_,
            phone_number_id=phone_number_id,
            phone_number=phone_number,
            name=name,
            status=status,
        )

        account.additional_properties = d
        return account
