# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

MessageCreatedEventType = Literal["message.created"]
"""Always `message.created`."""

MESSAGE_CREATED_EVENT_TYPE_VALUES: frozenset[MessageCreatedEventType] = frozenset(
    {"message.created"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
