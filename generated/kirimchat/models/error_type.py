# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ErrorType = Literal[
    "api_error",
    "authentication_error",
    "conflict",
    "invalid_request_error",
    "not_found",
    "permission_error",
    "rate_limit_error",
]
"""The stable category of an error; one of the seven documented types."""

ERROR_TYPE_VALUES: frozenset[ErrorType] = frozenset(
    {
        "api_error",
        "authentication_error",
        "conflict",
        "invalid_request_error",
        "not_found",
        "permission_error",
        "rate_limit_error",
    }
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
