# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ClosedConversationRefStatus = Literal["resolved"]
"""Always `resolved`."""

CLOSED_CONVERSATION_REF_STATUS_VALUES: frozenset[ClosedConversationRefStatus] = frozenset(
    {"resolved"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
