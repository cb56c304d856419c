# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

AccountObject = Literal["account"]
"""Always `account`."""

ACCOUNT_OBJECT_VALUES: frozenset[AccountObject] = frozenset({"account"})


def check_account_object(value: str) -> AccountObject:
    """``value`` as a ``AccountObject``, read from a response.

    A value outside ``ACCOUNT_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(AccountObject, value)
