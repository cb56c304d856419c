# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

TemplateCategory = Literal["AUTHENTICATION", "MARKETING", "UTILITY"]
"""Meta's category."""

TEMPLATE_CATEGORY_VALUES: frozenset[TemplateCategory] = frozenset(
    {"AUTHENTICATION", "MARKETING", "UTILITY"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
