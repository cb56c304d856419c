# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ClosedConversationRefStatus = Literal["resolved"]
"""Always `resolved`."""

CLOSED_CONVERSATION_REF_STATUS_VALUES: frozenset[ClosedConversationRefStatus] = frozenset(
    {"resolved"}
)


def check_closed_conversation_ref_status(value: str) -> ClosedConversationRefStatus:
    """``value`` as a ``ClosedConversationRefStatus``, read from a response.

    A value outside ``CLOSED_CONVERSATION_REF_STATUS_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ClosedConversationRefStatus, value)
