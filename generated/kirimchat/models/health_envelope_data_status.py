# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

HealthEnvelopeDataStatus = Literal["ok"]
"""Always `ok`."""

HEALTH_ENVELOPE_DATA_STATUS_VALUES: frozenset[HealthEnvelopeDataStatus] = frozenset({"ok"})


def check_health_envelope_data_status(value: str) -> HealthEnvelopeDataStatus:
    """``value`` as a ``HealthEnvelopeDataStatus``, read from a response.

    A value outside ``HEALTH_ENVELOPE_DATA_STATUS_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(HealthEnvelopeDataStatus, value)
