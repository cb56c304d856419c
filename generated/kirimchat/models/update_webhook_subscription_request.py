from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..models.webhook_subscription_status import (
    WebhookSubscriptionStatus,
    check_webhook_subscription_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWebhookSubscriptionRequest")


@_attrs_define
class UpdateWebhookSubscriptionRequest:
    """The fields to change; omitted fields keep their value."""

    url: str | Unset = UNSET
    """ Where the events are POSTed. The API accepts only `https://` URLs (else 400 `invalid_webhook_url`). """
    events: list[WebhookEventType] | Unset = UNSET
    """ The event types to deliver, at least one, each once. """
    description: None | str | Unset = UNSET
    """ A new note, or null to remove it. """
    status: WebhookSubscriptionStatus | Unset = UNSET
    """ `active` subscriptions receive their events; `disabled` ones (by you, or by the API after repeated failed
    deliveries) receive none until set `active` again. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for componentsschemas_webhook_subscription_events_item_data in self.events:
                componentsschemas_webhook_subscription_events_item: str = (
                    componentsschemas_webhook_subscription_events_item_data
                )
                events.append(componentsschemas_webhook_subscription_events_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _events = d.pop("events", UNSET)
        events: list[WebhookEventType] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for componentsschemas_webhook_subscription_events_item_data in _events:
                componentsschemas_webhook_subscription_events_item = check_webhook_event_type(
                    componentsschemas_webhook_subscription_events_item_data
                )

                events.append(componentsschemas_webhook_subscription_events_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _status = d.pop("status", UNSET)
        status: WebhookSubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_webhook_subscription_status(_status)

        update_webhook_subscription_request = cls(
            url=url, events=events, description=description, status=status
        )

        return update_webhook_subscription_request
