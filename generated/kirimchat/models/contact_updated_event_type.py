# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ContactUpdatedEventType = Literal["contact.updated"]
"""Always `contact.updated`."""

CONTACT_UPDATED_EVENT_TYPE_VALUES: frozenset[ContactUpdatedEventType] = frozenset(
    {"contact.updated"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
