# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

T = TypeVar("T", bound="RateLimits")


@_attrs_define
class RateLimits(ExtraFields["Any"]):
    """The rate-limit tier of the organisation and its budgets per minute."""

    tier: str
    """ The plan, e.g. `default`, `pro` or `enterprise`. """
    write_per_minute: int
    """ POST, PUT, PATCH and DELETE requests allowed per minute. """
    read_per_minute: int
    """ GET and HEAD requests allowed per minute. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier = self.tier

        write_per_minute = self.write_per_minute

        read_per_minute = self.read_per_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {"tier": tier, "write_per_minute": write_per_minute, "read_per_minute": read_per_minute}
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tier = d.pop("tier")

        write_per_minute = d.pop("write_per_minute")

        read_per_minute = d.pop("read_per_minute")

        rate_limits = cls(
            tier=tier, write_per_minute=write_per_minute, read_per_minute=read_per_minute
        )

        rate_limits.additional_properties = d
        return rate_limits
