# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

OrganizationObject = Literal["organization"]
"""Always `organization`."""

ORGANIZATION_OBJECT_VALUES: frozenset[OrganizationObject] = frozenset({"organization"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
