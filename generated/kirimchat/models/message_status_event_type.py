# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

MessageStatusEventType = Literal["message.status"]
"""Always `message.status`."""

MESSAGE_STATUS_EVENT_TYPE_VALUES: frozenset[MessageStatusEventType] = frozenset({"message.status"})


def check_message_status_event_type(value: str) -> MessageStatusEventType:
    """``value`` as a ``MessageStatusEventType``, read from a response.

    A value outside ``MESSAGE_STATUS_EVENT_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(MessageStatusEventType, value)
