# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    import datetime

    from ..models.created_webhook_subscription import CreatedWebhookSubscription
    from ..models.created_webhook_subscription_object import CreatedWebhookSubscriptionObject
    from ..models.webhook_event_type import WebhookEventType
    from ..models.webhook_secret import WebhookSecret
    from ..models.webhook_subscription_status import WebhookSubscriptionStatus


T = TypeVar("T", bound="CreatedWebhookSubscriptionEnvelope")


@_attrs_define
class CreatedWebhookSubscriptionEnvelope(ExtraFields["Any"]):
    """The success envelope of a new webhook subscription."""

    data: CreatedWebhookSubscription
    """ A new webhook subscription, with the value of its signing secret (shown once). """
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
        from ..models.created_webhook_subscription import CreatedWebhookSubscription  # noqa: PLC0415

        d = dict(src_dict)
        data = CreatedWebhookSubscription.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        created_webhook_subscription_envelope = cls(data=data, request_id=request_id)

        created_webhook_subscription_envelope.additional_properties = d
        return created_webhook_subscription_envelope

    @property
    def id(self) -> str:
        """``data.id``: A webhook subscription id; `wbs_` and 26 upper-case Crockford base32 characters."""
        return self.data.id

    @property
    def object_(self) -> CreatedWebhookSubscriptionObject:
        """``data.object_``: Always `webhook_subscription`."""
        return self.data.object_

    @property
    def url(self) -> str:
        """``data.url``: Where the events are POSTed. The API accepts only `https://` URLs (else 400 `invalid_webhook_url`)."""
        return self.data.url

    @property
    def description(self) -> None | str:
        """``data.description``: Your note on what the subscription is for."""
        return self.data.description

    @property
    def status(self) -> WebhookSubscriptionStatus:
        """``data.status``: `active` subscriptions receive their events; `disabled` ones (by you, or by the API after repeated
        failed deliveries) receive none until set `active` again."""
        return self.data.status

    @property
    def events(self) -> list[WebhookEventType]:
        """``data.events``: The event types to deliver, at least one, each once."""
        return self.data.events

    @property
    def secrets(self) -> list[WebhookSecret]:
        """``data.secrets``: The signing secrets; here the one whose value is `initial_secret`."""
        return self.data.secrets

    @property
    def initial_secret(self) -> str:
        """``data.initial_secret``: A signing secret's value, `whsec_` and more characters. Use the whole string, prefix included, as
        the HMAC key (UTF-8)."""
        return self.data.initial_secret

    @property
    def created_at(self) -> datetime.datetime:
        """``data.created_at``: An RFC 3339 date and time, in UTC."""
        return self.data.created_at

    @property
    def updated_at(self) -> datetime.datetime:
        """``data.updated_at``: An RFC 3339 date and time, in UTC."""
        return self.data.updated_at
