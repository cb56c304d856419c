# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.webhook_delivery_object import WebhookDeliveryObject, check_webhook_delivery_object
from ..models.webhook_delivery_status import WebhookDeliveryStatus, check_webhook_delivery_status
from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..types import parse_datetime

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery(ExtraFields["Any"]):
    """One attempt to POST an event to a subscription's URL."""

    id: str
    """ A webhook delivery id; `wbd_` and 26 upper-case Crockford base32 characters. """
    object_: WebhookDeliveryObject
    """ Always `webhook_delivery`. """
    subscription_id: str
    """ A webhook subscription id; `wbs_` and 26 upper-case Crockford base32 characters. """
    event_id: str
    """ A webhook event id; `evt_` and 26 upper-case Crockford base32 characters. """
    event_type: WebhookEventType
    """ The type of a webhook event. """
    url: str
    """ Where the events are POSTed. The API accepts only `https://` URLs (else 400 `invalid_webhook_url`). """
    status: WebhookDeliveryStatus
    """ `pending`: not attempted yet; `succeeded`: the receiver answered 2xx; `failed`: it did not, and the event
    will be attempted again (a new delivery); `dead`: it did not, and no retry follows (a 4xx other than 408 and
    429, or the 8th attempt). Replay a `dead` delivery once the receiver is fixed. """
    attempt: int
    """ The attempt's number for this event (`X-Kirim-Attempt`); 1 for a replay. """
    response_status: int | None
    """ The receiver's HTTP status; null when none came (pending, timeout, network error). """
    replayed_from: None | str
    """ The delivery this one replays; null for an ordinary attempt. """
    created_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    completed_at: datetime.datetime | None
    """ When the attempt ended; null while pending. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        subscription_id = self.subscription_id

        event_id = self.event_id

        event_type: str = self.event_type

        url = self.url

        status: str = self.status

        attempt = self.attempt

        response_status: int | None
        response_status = self.response_status

        replayed_from: None | str
        replayed_from = self.replayed_from

        created_at = self.created_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "subscription_id": subscription_id,
                "event_id": event_id,
                "event_type": event_type,
                "url": url,
                "status": status,
                "attempt": attempt,
                "response_status": response_status,
                "replayed_from": replayed_from,
                "created_at": created_at,
                "completed_at": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_webhook_delivery_object(d.pop("object"))

        subscription_id = d.pop("subscription_id")

        event_id = d.pop("event_id")

        event_type = check_webhook_event_type(d.pop("event_type"))

        url = d.pop("url")

        status = check_webhook_delivery_status(d.pop("status"))

        attempt = d.pop("attempt")

        def _parse_response_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        response_status = _parse_response_status(d.pop("response_status"))

        def _parse_replayed_from(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        replayed_from = _parse_replayed_from(d.pop("replayed_from"))

        created_at = parse_datetime(d.pop("created_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = parse_datetime(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        webhook_delivery = cls(
            id=id,
            object_=object_,
            subscription_id=subscription_id,
            event_id=event_id,
            event_type=event_type,
            url=url,
            status=status,
            attempt=attempt,
            response_status=response_status,
            replayed_from=replayed_from,
            created_at=created_at,
            completed_at=completed_at,
        )

        webhook_delivery.additional_properties = d
        return webhook_delivery
