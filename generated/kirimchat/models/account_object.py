# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

AccountObject = Literal["account"]
"""Always `account`."""

ACCOUNT_OBJECT_VALUES: frozenset[AccountObject] = frozenset({"account"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
