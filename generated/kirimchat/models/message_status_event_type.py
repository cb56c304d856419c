# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

MessageStatusEventType = Literal["message.status"]
"""Always `message.status`."""

MESSAGE_STATUS_EVENT_TYPE_VALUES: frozenset[MessageStatusEventType] = frozenset({"message.status"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
