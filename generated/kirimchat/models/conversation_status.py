# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ConversationStatus = Literal["open", "pending", "resolved"]
"""`open` and `pending` conversations await work; `resolved` ones are closed."""

CONVERSATION_STATUS_VALUES: frozenset[ConversationStatus] = frozenset(
    {"open", "pending", "resolved"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
