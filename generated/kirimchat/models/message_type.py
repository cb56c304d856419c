# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

MessageType = Literal[
    "audio",
    "button",
    "contacts",
    "document",
    "image",
    "interactive",
    "location",
    "reaction",
    "sticker",
    "template",
    "text",
    "video",
]
"""What a message carries. You can send `text`, `template`, `image`, `document`, `audio` and `video`; received messages may also be of the other types."""

MESSAGE_TYPE_VALUES: frozenset[MessageType] = frozenset(
    {
        "audio",
        "button",
        "contacts",
        "document",
        "image",
        "interactive",
        "location",
        "reaction",
        "sticker",
        "template",
        "text",
        "video",
    }
)


def check_message_type(value: str) -> MessageType:
    """``value`` as a ``MessageType``, read from a response.

    A value outside ``MESSAGE_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(MessageType, value)
