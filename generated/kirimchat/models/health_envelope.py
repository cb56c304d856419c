# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    from ..models.health_envelope_data import HealthEnvelopeData
    from ..models.health_envelope_data_status import HealthEnvelopeDataStatus


T = TypeVar("T", bound="HealthEnvelope")


@_attrs_define
class HealthEnvelope(ExtraFields["Any"]):
    """The answer of the liveness probe."""

    data: HealthEnvelopeData
    """ The API's state. """
    request_id: str
    """ A request id; `req_` and 26 Crockford base32 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"data": data, "request_id": request_id})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.health_envelope_data import HealthEnvelopeData  # noqa: PLC0415

        d = dict(src_dict)
        data = HealthEnvelopeData.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        health_envelope = cls(data=data, request_id=request_id)

        health_envelope.additional_properties = d
        return health_envelope

    @property
    def status(self) -> HealthEnvelopeDataStatus:
        """``data.status``: Always `ok`."""
        return self.data.status
