# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ContactObject = Literal["contact"]
"""Always `contact`."""

CONTACT_OBJECT_VALUES: frozenset[ContactObject] = frozenset({"contact"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
