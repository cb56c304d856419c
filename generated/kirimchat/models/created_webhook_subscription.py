# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.created_webhook_subscription_object import (
    CreatedWebhookSubscriptionObject,
    check_created_webhook_subscription_object,
)
from ..models.webhook_event_type import WebhookEventType, check_webhook_event_type
from ..models.webhook_subscription_status import (
    WebhookSubscriptionStatus,
    check_webhook_subscription_status,
)
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.webhook_secret import WebhookSecret


T = TypeVar("T", bound="CreatedWebhookSubscription")


@_attrs_define
class CreatedWebhookSubscription(ExtraFields["Any"]):
    """A new webhook subscription, with the value of its signing secret (shown once)."""

    id: str
    """ A webhook subscription id; `wbs_` and 26 upper-case Crockford base32 characters. """
    object_: CreatedWebhookSubscriptionObject
    """ Always `webhook_subscription`. """
    url: str
    """ Where the events are POSTed. The API accepts only `https://` URLs (else 400 `invalid_webhook_url`). """
    description: None | str
    """ Your note on what the subscription is for. """
    status: WebhookSubscriptionStatus
    """ `active` subscriptions receive their events; `disabled` ones (by you, or by the API after repeated failed
    deliveries) receive none until set `active` again. """
    events: list[WebhookEventType]
    """ The event types to deliver, at least one, each once. """
    secrets: list[WebhookSecret]
    """ The signing secrets; here the one whose value is `initial_secret`. """
    initial_secret: str
    """ A signing secret's value, `whsec_` and more characters. Use the whole string, prefix included, as the HMAC
    key (UTF-8). """
    created_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    updated_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        url = self.url

        description: None | str
        description = self.description

        status: str = self.status

        events = []
        for componentsschemas_webhook_subscription_events_item_data in self.events:
            componentsschemas_webhook_subscription_events_item: str = (
                componentsschemas_webhook_subscription_events_item_data
            )
            events.append(componentsschemas_webhook_subscription_events_item)

        secrets = []
        for secrets_item_data in self.secrets:
            secrets_item = secrets_item_data.to_dict()
            secrets.append(secrets_item)

        initial_secret = self.initial_secret

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "url": url,
                "description": description,
                "status": status,
                "events": events,
                "secrets": secrets,
                "initial_secret": initial_secret,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_secret import WebhookSecret  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_created_webhook_subscription_object(d.pop("object"))

        url = d.pop("url")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        status = check_webhook_subscription_status(d.pop("status"))

        events = []
        _events = d.pop("events")
        for componentsschemas_webhook_subscription_events_item_data in _events:
            componentsschemas_webhook_subscription_events_item = check_webhook_event_type(
                componentsschemas_webhook_subscription_events_item_data
            )

            events.append(componentsschemas_webhook_subscription_events_item)

        secrets = []
        _secrets = d.pop("secrets")
        for secrets_item_data in _secrets:
            secrets_item = WebhookSecret.from_dict(secrets_item_data)

            secrets.append(secrets_item)

        initial_secret = d.pop("initial_secret")

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        created_webhook_subscription = cls(
            id=id,
            object_=object_,
            url=url,
            description=description,
            status=status,
            events=events,
            secrets=secrets,
            initial_secret=initial_secret,
            created_at=created_at,
            updated_at=updated_at,
        )

        created_webhook_subscription.additional_properties = d
        return created_webhook_subscription
