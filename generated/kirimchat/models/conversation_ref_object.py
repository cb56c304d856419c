# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ConversationRefObject = Literal["conversation"]
"""Always `conversation`."""

CONVERSATION_REF_OBJECT_VALUES: frozenset[ConversationRefObject] = frozenset({"conversation"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
