# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

LabelObject = Literal["label"]
"""Always `label`."""

LABEL_OBJECT_VALUES: frozenset[LabelObject] = frozenset({"label"})


def check_label_object(value: str) -> LabelObject:
    """``value`` as a ``LabelObject``, read from a response.

    A value outside ``LABEL_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(LabelObject, value)
