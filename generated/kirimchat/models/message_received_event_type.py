# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

MessageReceivedEventType = Literal["message.received"]
"""Always `message.received`."""

MESSAGE_RECEIVED_EVENT_TYPE_VALUES: frozenset[MessageReceivedEventType] = frozenset(
    {"message.received"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
