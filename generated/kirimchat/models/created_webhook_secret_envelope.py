# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    import datetime

    from ..models.created_webhook_secret import CreatedWebhookSecret
    from ..models.created_webhook_secret_object import CreatedWebhookSecretObject


T = TypeVar("T", bound="CreatedWebhookSecretEnvelope")


@_attrs_define
class CreatedWebhookSecretEnvelope(ExtraFields["Any"]):
    """The success envelope of a secret rotation."""

    data: CreatedWebhookSecret
    """ A new signing secret, with its value (shown once). """
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
        from ..models.created_webhook_secret import CreatedWebhookSecret  # noqa: PLC0415

        d = dict(src_dict)
        data = CreatedWebhookSecret.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        created_webhook_secret_envelope = cls(data=data, request_id=request_id)

        created_webhook_secret_envelope.additional_properties = d
        return created_webhook_secret_envelope

    @property
    def id(self) -> str:
        """``data.id``: A signing secret's id (not its value); `sec_` and 26 Crockford base32 characters."""
        return self.data.id

    @property
    def object_(self) -> CreatedWebhookSecretObject:
        """``data.object_``: Always `webhook_secret`."""
        return self.data.object_

    @property
    def subscription_id(self) -> str:
        """``data.subscription_id``: A webhook subscription id; `wbs_` and 26 upper-case Crockford base32 characters."""
        return self.data.subscription_id

    @property
    def secret(self) -> str:
        """``data.secret``: A signing secret's value, `whsec_` and more characters. Use the whole string, prefix included, as
        the HMAC key (UTF-8)."""
        return self.data.secret

    @property
    def created_at(self) -> datetime.datetime:
        """``data.created_at``: An RFC 3339 date and time, in UTC."""
        return self.data.created_at

    @property
    def expires_at(self) -> datetime.datetime | None:
        """``data.expires_at``: When the secret stops signing; null while it has no end."""
        return self.data.expires_at
