# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ApiKeyObject = Literal["api_key"]
"""Always `api_key`."""

API_KEY_OBJECT_VALUES: frozenset[ApiKeyObject] = frozenset({"api_key"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
