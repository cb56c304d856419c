# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

MessageDirection = Literal["inbound", "outbound"]
"""`outbound`: sent by you; `inbound`: received from a contact."""

MESSAGE_DIRECTION_VALUES: frozenset[MessageDirection] = frozenset({"inbound", "outbound"})


def check_message_direction(value: str) -> MessageDirection:
    """``value`` as a ``MessageDirection``, read from a response.

    A value outside ``MESSAGE_DIRECTION_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(MessageDirection, value)
