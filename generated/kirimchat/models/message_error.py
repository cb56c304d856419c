# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

T = TypeVar("T", bound="MessageError")


@_attrs_define
class MessageError(ExtraFields["Any"]):
    """Why a message failed to send."""

    code: str
    """ A stable code such as `outside_24h_window`; branch on it. """
    message: str
    """ A human-readable explanation. """
    provider_code: int | None
    """ Meta's own error code, when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        provider_code: int | None
        provider_code = self.provider_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"code": code, "message": message, "provider_code": provider_code})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        def _parse_provider_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        provider_code = _parse_provider_code(d.pop("provider_code"))

        message_error = cls(code=code, message=message, provider_code=provider_code)

        message_error.additional_properties = d
        return message_error
