# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

MessageObject = Literal["message"]
"""Always `message`."""

MESSAGE_OBJECT_VALUES: frozenset[MessageObject] = frozenset({"message"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
