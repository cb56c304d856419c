# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

TemplateStatus = Literal["approved", "pending", "rejected"]
"""Only `approved` templates can be sent."""

TEMPLATE_STATUS_VALUES: frozenset[TemplateStatus] = frozenset({"approved", "pending", "rejected"})


def check_template_status(value: str) -> TemplateStatus:
    """``value`` as a ``TemplateStatus``, read from a response.

    A value outside ``TEMPLATE_STATUS_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(TemplateStatus, value)
