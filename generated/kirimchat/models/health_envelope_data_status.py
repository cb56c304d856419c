# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

HealthEnvelopeDataStatus = Literal["ok"]
"""Always `ok`."""

HEALTH_ENVELOPE_DATA_STATUS_VALUES: frozenset[HealthEnvelopeDataStatus] = frozenset({"ok"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
