# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

MessageStatus = Literal["delivered", "failed", "pending", "read", "received", "sent"]
"""An outbound message is `pending` when accepted, then `sent`, `delivered` and `read` as WhatsApp reports them, or `failed` with an `error`. An inbound message is `received`."""

MESSAGE_STATUS_VALUES: frozenset[MessageStatus] = frozenset(
    {"delivered", "failed", "pending", "read", "received", "sent"}
)


def check_message_status(value: str) -> MessageStatus:
    """``value`` as a ``MessageStatus``, read from a response.

    A value outside ``MESSAGE_STATUS_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(MessageStatus, value)
