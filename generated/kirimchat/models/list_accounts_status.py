# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ListAccountsStatus = Literal["all", "connected"]

LIST_ACCOUNTS_STATUS_VALUES: frozenset[ListAccountsStatus] = frozenset({"all", "connected"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
