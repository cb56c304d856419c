# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

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
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
