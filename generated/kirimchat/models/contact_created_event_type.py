# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ContactCreatedEventType = Literal["contact.created"]
"""Always `contact.created`."""

CONTACT_CREATED_EVENT_TYPE_VALUES: frozenset[ContactCreatedEventType] = frozenset(
    {"contact.created"}
)


def check_contact_created_event_type(value: str) -> ContactCreatedEventType:
    """``value`` as a ``ContactCreatedEventType``, read from a response.

    A value outside ``CONTACT_CREATED_EVENT_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ContactCreatedEventType, value)
