"""kirimchat: the Python SDK for the Kirim Public API.

    from kirimchat import KirimChat

    with KirimChat() as client:  # the key comes from KIRIM_API_KEY
        result = client.accounts.list(...)

Generated from the API description (openapi.yaml); see the README for a tour.
"""

from ._base_client import DefaultAsyncHttpxClient, DefaultHttpxClient, RequestOptions, Timeout
from ._bulk import BulkOperationError
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
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
    UnprocessableEntityError,
)
from .types import UNSET, Unset
from .webhooks import UnknownWebhookEvent, WebhookEvent, Webhooks, WebhookVerificationError

__all__ = [
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
    "NotFoundError",
    "ParamValidationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "SyncPage",
    "Timeout",
    "UnknownWebhookEvent",
    "UnprocessableEntityError",
    "Unset",
    "WebhookEvent",
    "WebhookVerificationError",
    "Webhooks",
    "__version__",
]
