# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

DeletedLabelObject = Literal["label"]
"""Always `label`."""

DELETED_LABEL_OBJECT_VALUES: frozenset[DeletedLabelObject] = frozenset({"label"})


def check_deleted_label_object(value: str) -> DeletedLabelObject:
    """``value`` as a ``DeletedLabelObject``, read from a response.

    A value outside ``DELETED_LABEL_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(DeletedLabelObject, value)
