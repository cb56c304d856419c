# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ContactObject = Literal["contact"]
"""Always `contact`."""

CONTACT_OBJECT_VALUES: frozenset[ContactObject] = frozenset({"contact"})


def check_contact_object(value: str) -> ContactObject:
    """``value`` as a ``ContactObject``, read from a response.

    A value outside ``CONTACT_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ContactObject, value)
