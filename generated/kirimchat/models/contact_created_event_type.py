# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ContactCreatedEventType = Literal["contact.created"]
"""Always `contact.created`."""

CONTACT_CREATED_EVENT_TYPE_VALUES: frozenset[ContactCreatedEventType] = frozenset(
    {"contact.created"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
