# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

TemplateCategory = Literal["AUTHENTICATION", "MARKETING", "UTILITY"]
"""Meta's category."""

TEMPLATE_CATEGORY_VALUES: frozenset[TemplateCategory] = frozenset(
    {"AUTHENTICATION", "MARKETING", "UTILITY"}
)


def check_template_category(value: str) -> TemplateCategory:
    """``value`` as a ``TemplateCategory``, read from a response.

    A value outside ``TEMPLATE_CATEGORY_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(TemplateCategory, value)
