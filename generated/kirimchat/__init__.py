# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/package_init.py.jinja: edit that, not this file.
"""kirimchat: the Python SDK for the Kirim Public API.

    from kirimchat import KirimChat

    with KirimChat() as client:  # the key comes from KIRIM_API_KEY
        result = client.accounts.list(...)

Generated from the API description (openapi.yaml); see the README for a tour.
"""

from typing import TYPE_CHECKING, Any

from ._base_client import DefaultAsyncHttpxClient, DefaultHttpxClient, RequestOptions, Timeout
from ._bulk import BulkOperationError
from ._constants import DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse
from ._version import __version__
from .client import AsyncKirimChat, KirimChat
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    KirimChatError,
    NotFoundError,
    ParamValidationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    UnprocessableEntityError,
)
from .types import UNSET, Unset
from .webhooks import (
    MissingWebhookSecretError,
    UnknownWebhookEvent,
    WebhookPayloadError,
    Webhooks,
    WebhookVerificationError,
)

if TYPE_CHECKING:
    from ._api import WebhookEvent
    from ._models import Model, ModelValidationError

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncKirimChat",
    "AsyncPage",
    "AsyncPaginator",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkOperationError",
    "ConflictError",
    "InternalServerError",
    "KirimChat",
    "KirimChatError",
    "MissingWebhookSecretError",
    "Model",
    "ModelValidationError",
    "NotFoundError",
    "ParamValidationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "RequestOptions",
    "SyncPage",
    "Timeout",
    "UnknownWebhookEvent",
    "UnprocessableEntityError",
    "Unset",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "Webhooks",
    "__version__",
]


def __getattr__(name: str) -> Any:
    # The union of every event's model, imported when first asked for: ``import kirimchat``
    # stays as light as the client needs.
    if name == "WebhookEvent":
        from ._api import WebhookEvent  # noqa: PLC0415

        return WebhookEvent
    if name in ("Model", "ModelValidationError"):  # the models' base, with the models
        from . import _models  # noqa: PLC0415

        return getattr(_models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
