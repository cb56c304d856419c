# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

TemplateObject = Literal["template"]
"""Always `template`."""

TEMPLATE_OBJECT_VALUES: frozenset[TemplateObject] = frozenset({"template"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
