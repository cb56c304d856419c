# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

AccountStatus = Literal["connected", "degraded", "disconnected", "onboarding"]
"""Only `connected` accounts can send."""

ACCOUNT_STATUS_VALUES: frozenset[AccountStatus] = frozenset(
    {"connected", "degraded", "disconnected", "onboarding"}
)


def check_account_status(value: str) -> AccountStatus:
    """``value`` as a ``AccountStatus``, read from a response.

    A value outside ``ACCOUNT_STATUS_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(AccountStatus, value)
