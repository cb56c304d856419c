# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.health_envelope_data_status import (
    HealthEnvelopeDataStatus,
    check_health_envelope_data_status,
)

T = TypeVar("T", bound="HealthEnvelopeData")


@_attrs_define
class HealthEnvelopeData(ExtraFields["Any"]):
    """The API's state."""

    status: HealthEnvelopeDataStatus
    """ Always `ok`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"status": status})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_health_envelope_data_status(d.pop("status"))

        health_envelope_data = cls(status=status)

        health_envelope_data.additional_properties = d
        return health_envelope_data
