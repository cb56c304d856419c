# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    from ..models.api_key import ApiKey
    from ..models.me import Me
    from ..models.organization import Organization
    from ..models.rate_limits import RateLimits


T = TypeVar("T", bound="MeEnvelope")


@_attrs_define
class MeEnvelope(ExtraFields["Any"]):
    """The success envelope of GET /me."""

    data: Me
    """ Who is calling. """
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
        from ..models.me import Me  # noqa: PLC0415

        d = dict(src_dict)
        data = Me.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        me_envelope = cls(data=data, request_id=request_id)

        me_envelope.additional_properties = d
        return me_envelope

    @property
    def organization(self) -> Organization:
        """``data.organization``: The organisation an API key belongs to."""
        return self.data.organization

    @property
    def api_key(self) -> ApiKey:
        """``data.api_key``: The API key of the request, without its secret."""
        return self.data.api_key

    @property
    def rate_limits(self) -> RateLimits:
        """``data.rate_limits``: The rate-limit tier of the organisation and its budgets per minute."""
        return self.data.rate_limits
