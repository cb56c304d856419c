# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

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


def check_error_type(value: str) -> ErrorType:
    """``value`` as a ``ErrorType``, read from a response.

    A value outside ``ERROR_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ErrorType, value)
