from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RotateWebhookSecretRequest")


@_attrs_define
class RotateWebhookSecretRequest:
    """How long the secrets active until now keep signing."""

    expires_in_hours: int | Unset = 24
    """ Hours until the previously active secrets expire, from 1 to 720. """

    def to_dict(self) -> dict[str, Any]:
        expires_in_hours = self.expires_in_hours

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expires_in_hours is not UNSET:
            field_dict["expires_in_hours"] = expires_in_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expires_in_hours = d.pop("expires_in_hours", UNSET)

        rotate_webhook_secret_request = cls(expires_in_hours=expires_in_hours)

        return rotate_webhook_secret_request
