# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ConversationObject = Literal["conversation"]
"""Always `conversation`."""

CONVERSATION_OBJECT_VALUES: frozenset[ConversationObject] = frozenset({"conversation"})


def check_conversation_object(value: str) -> ConversationObject:
    """``value`` as a ``ConversationObject``, read from a response.

    A value outside ``CONVERSATION_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ConversationObject, value)
