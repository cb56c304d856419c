# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

MessageReceivedEventType = Literal["message.received"]
"""Always `message.received`."""

MESSAGE_RECEIVED_EVENT_TYPE_VALUES: frozenset[MessageReceivedEventType] = frozenset(
    {"message.received"}
)


def check_message_received_event_type(value: str) -> MessageReceivedEventType:
    """``value`` as a ``MessageReceivedEventType``, read from a response.

    A value outside ``MESSAGE_RECEIVED_EVENT_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(MessageReceivedEventType, value)
