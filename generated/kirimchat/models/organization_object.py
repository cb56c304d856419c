# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

OrganizationObject = Literal["organization"]
"""Always `organization`."""

ORGANIZATION_OBJECT_VALUES: frozenset[OrganizationObject] = frozenset({"organization"})


def check_organization_object(value: str) -> OrganizationObject:
    """``value`` as a ``OrganizationObject``, read from a response.

    A value outside ``ORGANIZATION_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(OrganizationObject, value)
