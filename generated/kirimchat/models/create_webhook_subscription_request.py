from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookSubscriptionRequest")


@_attrs_define
class CreateWebhookSubscriptionRequest:
    """A new webhook subscription."""

    url: str
    """ Where the events are POSTed. The API accepts only `https://` URLs (else 400 `invalid_webhook_url`). """
    events: list[WebhookEventType]
    """ The event types to deliver, at least one, each once. """
    description: str | Unset = UNSET
    """ A note of yours on what the subscription is for. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = []
        for componentsschemas_webhook_subscription_events_item_data in self.events:
            componentsschemas_webhook_subscription_events_item: str = (
                componentsschemas_webhook_subscription_events_item_data
            )
            events.append(componentsschemas_webhook_subscription_events_item)

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({"url": url, "events": events})
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for componentsschemas_webhook_subscription_events_item_data in _events:
            componentsschemas_webhook_subscription_events_item = check_webhook_event_type(
                componentsschemas_webhook_subscription_events_item_data
            )

            events.append(componentsschemas_webhook_subscription_events_item)

        description = d.pop("description", UNSET)

        create_webhook_subscription_request = cls(url=url, events=events, description=description)

        return create_webhook_subscription_request
