# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ClosedConversationRefObject = Literal["conversation"]
"""Always `conversation`."""

CLOSED_CONVERSATION_REF_OBJECT_VALUES: frozenset[ClosedConversationRefObject] = frozenset(
    {"conversation"}
)


def check_closed_conversation_ref_object(value: str) -> ClosedConversationRefObject:
    """``value`` as a ``ClosedConversationRefObject``, read from a response.

    A value outside ``CLOSED_CONVERSATION_REF_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ClosedConversationRefObject, value)
