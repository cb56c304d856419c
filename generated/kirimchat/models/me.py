# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    from ..models.api_key import ApiKey
    from ..models.organization import Organization
    from ..models.rate_limits import RateLimits


T = TypeVar("T", bound="Me")


@_attrs_define
class Me(ExtraFields["Any"]):
    """Who is calling."""

    organization: Organization
    """ The organisation an API key belongs to. """
    api_key: ApiKey
    """ The API key of the request, without its secret. """
    rate_limits: RateLimits
    """ The rate-limit tier of the organisation and its budgets per minute. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization = self.organization.to_dict()

        api_key = self.api_key.to_dict()

        rate_limits = self.rate_limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {"organization": organization, "api_key": api_key, "rate_limits": rate_limits}
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key import ApiKey  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.rate_limits import RateLimits  # noqa: PLC0415

        d = dict(src_dict)
        organization = Organization.from_dict(d.pop("organization"))

        api_key = ApiKey.from_dict(d.pop("api_key"))

        rate_limits = RateLimits.from_dict(d.pop("rate_limits"))

        me = cls(organization=organization, api_key=api_key, rate_limits=rate_limits)

        me.additional_properties = d
        return me
