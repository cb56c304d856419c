# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    import datetime

    from ..models.webhook_event_type import WebhookEventType
    from ..models.webhook_secret import WebhookSecret
    from ..models.webhook_subscription import WebhookSubscription
    from ..models.webhook_subscription_object import WebhookSubscriptionObject
    from ..models.webhook_subscription_status import WebhookSubscriptionStatus


T = TypeVar("T", bound="WebhookSubscriptionEnvelope")


@_attrs_define
class WebhookSubscriptionEnvelope(ExtraFields["Any"]):
    """The success envelope of one webhook subscription."""

    data: WebhookSubscription
    """ An endpoint of yours that receives some of the organisation's events. """
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
        from ..models.webhook_subscription import WebhookSubscription  # noqa: PLC0415

        d = dict(src_dict)
        data = WebhookSubscription.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        webhook_subscription_envelope = cls(data=data, request_id=request_id)

        webhook_subscription_envelope.additional_properties = d
        return webhook_subscription_envelope

    @property
    def id(self) -> str:
        """``data.id``: A webhook subscription id; `wbs_` and 26 upper-case Crockford base32 characters."""
        return self.data.id

    @property
    def object_(self) -> WebhookSubscriptionObject:
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
        """``data.secrets``: The signing secrets, active ones and those still in a rotation's overlap."""
        return self.data.secrets

    @property
    def created_at(self) -> datetime.datetime:
        """``data.created_at``: An RFC 3339 date and time, in UTC."""
        return self.data.created_at

    @property
    def updated_at(self) -> datetime.datetime:
        """``data.updated_at``: An RFC 3339 date and time, in UTC."""
        return self.data.updated_at
