# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

LabelColor = Literal[
    "amber",
    "blue",
    "emerald",
    "gray",
    "green",
    "lime",
    "orange",
    "pink",
    "red",
    "sky",
    "teal",
    "violet",
    "yellow",
]
"""One of the 13 colours a label can have."""

LABEL_COLOR_VALUES: frozenset[LabelColor] = frozenset(
    {
        "amber",
        "blue",
        "emerald",
        "gray",
        "green",
        "lime",
        "orange",
        "pink",
        "red",
        "sky",
        "teal",
        "violet",
        "yellow",
    }
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
