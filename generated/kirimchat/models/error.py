# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.error_type import ErrorType, check_error_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error(ExtraFields["Any"]):
    """What went wrong. `request_id` lives here, not at the top level."""

    type_: ErrorType
    """ The stable category of an error; one of the seven documented types. """
    code: str
    """ A stable, machine-readable code such as `resource_not_found`; branch on it. """
    message: str
    """ A human-readable explanation; it may change without notice. """
    request_id: str
    """ A request id; `req_` and 26 Crockford base32 characters. """
    param: str | Unset = UNSET
    """ The offending field, as a JSON-pointer-style hint; only when relevant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        code = self.code

        message = self.message

        request_id = self.request_id

        param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {"type": type_, "code": code, "message": message, "request_id": request_id}
        )
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_error_type(d.pop("type"))

        code = d.pop("code")

        message = d.pop("message")

        request_id = d.pop("request_id")

        param = d.pop("param", UNSET)

        error = cls(type_=type_, code=code, message=message, request_id=request_id, param=param)

        error.additional_properties = d
        return error
