# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

AccountStatus = Literal["connected", "degraded", "disconnected", "onboarding"]
"""Only `connected` accounts can send."""

ACCOUNT_STATUS_VALUES: frozenset[AccountStatus] = frozenset(
    {"connected", "degraded", "disconnected", "onboarding"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
