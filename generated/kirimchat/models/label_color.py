# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

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


def check_label_color(value: str) -> LabelColor:
    """``value`` as a ``LabelColor``, read from a response.

    A value outside ``LABEL_COLOR_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(LabelColor, value)
