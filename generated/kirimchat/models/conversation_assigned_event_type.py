# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ConversationAssignedEventType = Literal["conversation.assigned"]
"""Always `conversation.assigned`."""

CONVERSATION_ASSIGNED_EVENT_TYPE_VALUES: frozenset[ConversationAssignedEventType] = frozenset(
    {"conversation.assigned"}
)


def check_conversation_assigned_event_type(value: str) -> ConversationAssignedEventType:
    """``value`` as a ``ConversationAssignedEventType``, read from a response.

    A value outside ``CONVERSATION_ASSIGNED_EVENT_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ConversationAssignedEventType, value)
