# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

MessageStatus = Literal["delivered", "failed", "pending", "read", "received", "sent"]
"""An outbound message is `pending` when accepted, then `sent`, `delivered` and `read` as WhatsApp reports them, or `failed` with an `error`. An inbound message is `received`."""

MESSAGE_STATUS_VALUES: frozenset[MessageStatus] = frozenset(
    {"delivered", "failed", "pending", "read", "received", "sent"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
