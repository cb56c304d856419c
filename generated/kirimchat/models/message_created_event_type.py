# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

MessageCreatedEventType = Literal["message.created"]
"""Always `message.created`."""

MESSAGE_CREATED_EVENT_TYPE_VALUES: frozenset[MessageCreatedEventType] = frozenset(
    {"message.created"}
)


def check_message_created_event_type(value: str) -> MessageCreatedEventType:
    """``value`` as a ``MessageCreatedEventType``, read from a response.

    A value outside ``MESSAGE_CREATED_EVENT_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(MessageCreatedEventType, value)
