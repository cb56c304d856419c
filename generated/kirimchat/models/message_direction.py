# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

MessageDirection = Literal["inbound", "outbound"]
"""`outbound`: sent by you; `inbound`: received from a contact."""

MESSAGE_DIRECTION_VALUES: frozenset[MessageDirection] = frozenset({"inbound", "outbound"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
