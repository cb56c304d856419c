# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

WebhookEventType = Literal[
    "contact.created",
    "contact.updated",
    "conversation.assigned",
    "conversation.closed",
    "message.created",
    "message.received",
    "message.status",
]
"""The type of a webhook event."""

WEBHOOK_EVENT_TYPE_VALUES: frozenset[WebhookEventType] = frozenset(
    {
        "contact.created",
        "contact.updated",
        "conversation.assigned",
        "conversation.closed",
        "message.created",
        "message.received",
        "message.status",
    }
)


def check_webhook_event_type(value: str) -> WebhookEventType:
    """``value`` as a ``WebhookEventType``, read from a response.

    A value outside ``WEBHOOK_EVENT_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(WebhookEventType, value)
