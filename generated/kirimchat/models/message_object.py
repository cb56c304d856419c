# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

MessageObject = Literal["message"]
"""Always `message`."""

MESSAGE_OBJECT_VALUES: frozenset[MessageObject] = frozenset({"message"})


def check_message_object(value: str) -> MessageObject:
    """``value`` as a ``MessageObject``, read from a response.

    A value outside ``MESSAGE_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(MessageObject, value)
