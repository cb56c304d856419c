# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ConversationAssignedEventType = Literal["conversation.assigned"]
"""Always `conversation.assigned`."""

CONVERSATION_ASSIGNED_EVENT_TYPE_VALUES: frozenset[ConversationAssignedEventType] = frozenset(
    {"conversation.assigned"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
