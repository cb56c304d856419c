"""The documented errors, raised by the sandbox's layers and rendered as the error envelope.

Types, codes and statuses follow ../shared/api-facts.md (§1.4-1.7): 400 invalid_request_error,
401 authentication_error, 404 not_found/resource_not_found, 429 rate_limit_error/
rate_limit_exceeded, 500 api_error/internal_error.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ApiError(Exception):
    status: int
    type: str
    code: str
    message: str
    param: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def body(self, request_id: str) -> dict[str, object]:
        error: dict[str, object] = {"type": self.type, "code": self.code, "message": self.message}
        if self.param is not None:
            error["param"] = self.param
        error["request_id"] = request_id
        return {"error": error}


# Fields whose invalid values have a code of their own in the docs (the pagination page and
# the errors catalogue); any other invalid value is `invalid_field_value`.
FIELD_CODES = {
    "limit": "invalid_limit",
    "cursor": "invalid_cursor",
    "phone": "invalid_phone_number",
    "phone_number": "invalid_phone_number",
    "from": "invalid_phone_number",
}


def invalid_request(code: str, message: str, param: str | None = None) -> ApiError:
    return ApiError(400, "invalid_request_error", code, message, param)


def invalid_value(param: str, message: str) -> ApiError:
    """A value that breaks the spec's schema for `param`."""
    return invalid_request(FIELD_CODES.get(param, "invalid_field_value"), message, param)


def missing_field(param: str, why: str = "") -> ApiError:
    return invalid_request("missing_required_field", f"{param} is required{why}.", param)


def invalid_cursor() -> ApiError:
    # One answer for a malformed, tampered, foreign or re-filtered cursor: the docs name one code,
    # and telling them apart would tell a prober how cursors are made.
    return invalid_request(
        "invalid_cursor",
        "cursor is not a cursor this API issued for this list and these filters.",
        "cursor",
    )


def invalid_api_key() -> ApiError:
    # The docs give one code for a missing, malformed, unknown or revoked key.
    return ApiError(
        401,
        "authentication_error",
        "invalid_api_key",
        "The API key is invalid or has been revoked.",
    )


def expired_api_key() -> ApiError:
    return ApiError(401, "authentication_error", "expired_api_key", "The API key has expired.")


def not_found(what: str, param: str) -> ApiError:
    return ApiError(404, "not_found", "resource_not_found", f"No such {what}.", param)


def rate_limited(request_class: str, retry_after: int) -> ApiError:
    return ApiError(
        429,
        "rate_limit_error",
        "rate_limit_exceeded",
        f"Too many {request_class} requests; retry after {retry_after} seconds.",
        headers={"Retry-After": str(retry_after)},
    )


def idempotency_key_reuse() -> ApiError:
    # Both idempotency pages say 422 idempotency_key_reuse (one guide says 409; see the facts).
    return ApiError(
        422,
        "invalid_request_error",
        "idempotency_key_reuse",
        "This Idempotency-Key was already used with another request.",
        "Idempotency-Key",
    )


def internal_error() -> ApiError:
    return ApiError(500, "api_error", "internal_error", "Something went wrong on our side.")
