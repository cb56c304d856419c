"""The typed events of the API description's ``webhooks:`` section, for ``kirimchat.webhooks``.

Generated from openapi.yaml: each event type, its model and the rule its payload must follow.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

from ._rules import (
    CONTACT_CREATED_EVENT,
    CONTACT_UPDATED_EVENT,
    CONVERSATION_ASSIGNED_EVENT,
    CONVERSATION_CLOSED_EVENT,
    MESSAGE_CREATED_EVENT,
    MESSAGE_RECEIVED_EVENT,
    MESSAGE_STATUS_EVENT,
)
from ._validation import Rule
from .models.contact_created_event import ContactCreatedEvent
from .models.contact_updated_event import ContactUpdatedEvent
from .models.conversation_assigned_event import ConversationAssignedEvent
from .models.conversation_closed_event import ConversationClosedEvent
from .models.message_created_event import MessageCreatedEvent
from .models.message_received_event import MessageReceivedEvent
from .models.message_status_event import MessageStatusEvent

WebhookEvent: TypeAlias = (
    ContactCreatedEvent
    | ContactUpdatedEvent
    | ConversationAssignedEvent
    | ConversationClosedEvent
    | MessageCreatedEvent
    | MessageReceivedEvent
    | MessageStatusEvent
)
"""Any event of the API description; match on its class."""

EVENTS: Mapping[str, tuple[Rule, Callable[[Mapping[str, Any]], WebhookEvent]]] = {
    "contact.created": (CONTACT_CREATED_EVENT, ContactCreatedEvent.from_dict),
    "contact.updated": (CONTACT_UPDATED_EVENT, ContactUpdatedEvent.from_dict),
    "conversation.assigned": (CONVERSATION_ASSIGNED_EVENT, ConversationAssignedEvent.from_dict),
    "conversation.closed": (CONVERSATION_CLOSED_EVENT, ConversationClosedEvent.from_dict),
    "message.created": (MESSAGE_CREATED_EVENT, MessageCreatedEvent.from_dict),
    "message.received": (MESSAGE_RECEIVED_EVENT, MessageReceivedEvent.from_dict),
    "message.status": (MESSAGE_STATUS_EVENT, MessageStatusEvent.from_dict),
}
"""Each event type: the rule its body follows and the model it becomes."""
