# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ConversationClosedEventType = Literal["conversation.closed"]
"""Always `conversation.closed`."""

CONVERSATION_CLOSED_EVENT_TYPE_VALUES: frozenset[ConversationClosedEventType] = frozenset(
    {"conversation.closed"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
