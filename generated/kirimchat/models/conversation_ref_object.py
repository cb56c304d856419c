# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ConversationRefObject = Literal["conversation"]
"""Always `conversation`."""

CONVERSATION_REF_OBJECT_VALUES: frozenset[ConversationRefObject] = frozenset({"conversation"})


def check_conversation_ref_object(value: str) -> ConversationRefObject:
    """``value`` as a ``ConversationRefObject``, read from a response.

    A value outside ``CONVERSATION_REF_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ConversationRefObject, value)
