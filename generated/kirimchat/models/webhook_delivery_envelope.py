# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    import datetime

    from ..models.webhook_delivery import WebhookDelivery
    from ..models.webhook_delivery_object import WebhookDeliveryObject
    from ..models.webhook_delivery_status import WebhookDeliveryStatus
    from ..models.webhook_event_type import WebhookEventType


T = TypeVar("T", bound="WebhookDeliveryEnvelope")


@_attrs_define
class WebhookDeliveryEnvelope(ExtraFields["Any"]):
    """The success envelope of one webhook delivery."""

    data: WebhookDelivery
    """ One attempt to POST an event to a subscription's URL. """
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
        from ..models.webhook_delivery import WebhookDelivery  # noqa: PLC0415

        d = dict(src_dict)
        data = WebhookDelivery.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        webhook_delivery_envelope = cls(data=data, request_id=request_id)

        webhook_delivery_envelope.additional_properties = d
        return webhook_delivery_envelope

    @property
    def id(self) -> str:
        """``data.id``: A webhook delivery id; `wbd_` and 26 upper-case Crockford base32 characters."""
        return self.data.id

    @property
    def object_(self) -> WebhookDeliveryObject:
        """``data.object_``: Always `webhook_delivery`."""
        return self.data.object_

    @property
    def subscription_id(self) -> str:
        """``data.subscription_id``: A webhook subscription id; `wbs_` and 26 upper-case Crockford base32 characters."""
        return self.data.subscription_id

    @property
    def event_id(self) -> str:
        """``data.event_id``: A webhook event id; `evt_` and 26 upper-case Crockford base32 characters."""
        return self.data.event_id

    @property
    def event_type(self) -> WebhookEventType:
        """``data.event_type``: The type of a webhook event."""
        return self.data.event_type

    @property
    def url(self) -> str:
        """``data.url``: Where the events are POSTed. The API accepts only `https://` URLs (else 400 `invalid_webhook_url`)."""
        return self.data.url

    @property
    def status(self) -> WebhookDeliveryStatus:
        """``data.status``: `pending`: not attempted yet; `succeeded`: the receiver answered 2xx; `failed`: it did not, and the
        event will be attempted again (a new delivery); `dead`: it did not, and no retry follows (a 4xx
        other than 408 and 429, or the 8th attempt). Replay a `dead` delivery once the receiver is fixed."""
        return self.data.status

    @property
    def attempt(self) -> int:
        """``data.attempt``: The attempt's number for this event (`X-Kirim-Attempt`); 1 for a replay."""
        return self.data.attempt

    @property
    def response_status(self) -> int | None:
        """``data.response_status``: The receiver's HTTP status; null when none came (pending, timeout, network error)."""
        return self.data.response_status

    @property
    def replayed_from(self) -> None | str:
        """``data.replayed_from``: The delivery this one replays; null for an ordinary attempt."""
        return self.data.replayed_from

    @property
    def created_at(self) -> datetime.datetime:
        """``data.created_at``: An RFC 3339 date and time, in UTC."""
        return self.data.created_at

    @property
    def completed_at(self) -> datetime.datetime | None:
        """``data.completed_at``: When the attempt ended; null while pending."""
        return self.data.completed_at
