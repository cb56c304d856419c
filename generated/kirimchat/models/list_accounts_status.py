# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ListAccountsStatus = Literal["all", "connected"]

LIST_ACCOUNTS_STATUS_VALUES: frozenset[ListAccountsStatus] = frozenset({"all", "connected"})


def check_list_accounts_status(value: str) -> ListAccountsStatus:
    """``value`` as a ``ListAccountsStatus``, read from a response.

    A value outside ``LIST_ACCOUNTS_STATUS_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ListAccountsStatus, value)
