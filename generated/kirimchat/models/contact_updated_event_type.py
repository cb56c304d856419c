# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ContactUpdatedEventType = Literal["contact.updated"]
"""Always `contact.updated`."""

CONTACT_UPDATED_EVENT_TYPE_VALUES: frozenset[ContactUpdatedEventType] = frozenset(
    {"contact.updated"}
)


def check_contact_updated_event_type(value: str) -> ContactUpdatedEventType:
    """``value`` as a ``ContactUpdatedEventType``, read from a response.

    A value outside ``CONTACT_UPDATED_EVENT_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ContactUpdatedEventType, value)
