# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

TemplateStatus = Literal["approved", "pending", "rejected"]
"""Only `approved` templates can be sent."""

TEMPLATE_STATUS_VALUES: frozenset[TemplateStatus] = frozenset({"approved", "pending", "rejected"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
