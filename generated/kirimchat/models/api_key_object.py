# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ApiKeyObject = Literal["api_key"]
"""Always `api_key`."""

API_KEY_OBJECT_VALUES: frozenset[ApiKeyObject] = frozenset({"api_key"})


def check_api_key_object(value: str) -> ApiKeyObject:
    """``value`` as a ``ApiKeyObject``, read from a response.

    A value outside ``API_KEY_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ApiKeyObject, value)
