# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

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
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
