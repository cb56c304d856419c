# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..types import parse_datetime

T = TypeVar("T", bound="WebhookSecret")


@_attrs_define
class WebhookSecret(ExtraFields["Any"]):
    """One of a subscription's signing secrets, without its value."""

    id: str
    """ A signing secret's id (not its value); `sec_` and 26 Crockford base32 characters. """
    created_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    expires_at: datetime.datetime | None
    """ When the secret stops signing; null while it has no end. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "created_at": created_at, "expires_at": expires_at})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = parse_datetime(d.pop("created_at"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = parse_datetime(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        webhook_secret = cls(id=id, created_at=created_at, expires_at=expires_at)

        webhook_secret.additional_properties = d
        return webhook_secret
