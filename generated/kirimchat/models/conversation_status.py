# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ConversationStatus = Literal["open", "pending", "resolved"]
"""`open` and `pending` conversations await work; `resolved` ones are closed."""

CONVERSATION_STATUS_VALUES: frozenset[ConversationStatus] = frozenset(
    {"open", "pending", "resolved"}
)


def check_conversation_status(value: str) -> ConversationStatus:
    """``value`` as a ``ConversationStatus``, read from a response.

    A value outside ``CONVERSATION_STATUS_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ConversationStatus, value)
