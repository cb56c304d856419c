# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ConversationClosedEventType = Literal["conversation.closed"]
"""Always `conversation.closed`."""

CONVERSATION_CLOSED_EVENT_TYPE_VALUES: frozenset[ConversationClosedEventType] = frozenset(
    {"conversation.closed"}
)


def check_conversation_closed_event_type(value: str) -> ConversationClosedEventType:
    """``value`` as a ``ConversationClosedEventType``, read from a response.

    A value outside ``CONVERSATION_CLOSED_EVENT_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ConversationClosedEventType, value)
