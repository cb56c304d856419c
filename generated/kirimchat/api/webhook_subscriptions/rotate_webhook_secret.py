"""``POST /webhook_subscriptions/{id}/secrets``: Add a new signing secret (rotation).

Low-level functions; most code calls ``client.webhook_subscriptions.rotate_webhook_secret(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.created_webhook_secret_envelope import CreatedWebhookSecretEnvelope
from ...models.rotate_webhook_secret_request import RotateWebhookSecretRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "post",
    "/webhook_subscriptions/{id}/secrets",
    params=(
        Param("id", "path", _rules.ROTATE_WEBHOOK_SECRET__ID, "webhook_subscription_id"),
        Param(
            "Idempotency-Key",
            "header",
            _rules.ROTATE_WEBHOOK_SECRET__IDEMPOTENCY_KEY,
            "idempotency_key",
        ),
    ),
    body=_rules.ROTATE_WEBHOOK_SECRET__BODY,
    responses={201: CreatedWebhookSecretEnvelope.from_dict},
    response_rules={201: _rules.ROTATE_WEBHOOK_SECRET__RESPONSE_201},
)
"""``POST /webhook_subscriptions/{id}/secrets`` (rotateWebhookSecret), as the API description gives it."""


def _get_kwargs(
    id: str, *, body: RotateWebhookSecretRequest, idempotency_key: str | Unset = UNSET
) -> dict[str, Any]:
    return OPERATION.request((id, idempotency_key), body)


def _parse_response(response: httpx.Response, strict: bool = False) -> CreatedWebhookSecretEnvelope:
    return cast("CreatedWebhookSecretEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[CreatedWebhookSecretEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    id: str,
    *,
    body: RotateWebhookSecretRequest,
    idempotency_key: str | Unset = UNSET,
    client: KirimChat,
) -> Response[CreatedWebhookSecretEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(id=id, body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


def sync(
    id: str,
    *,
    body: RotateWebhookSecretRequest,
    idempotency_key: str | Unset = UNSET,
    client: KirimChat,
) -> CreatedWebhookSecretEnvelope:
    """Add a new signing secret (rotation).

        Issues a new signing secret for a subscription; its value is in the response, once.
        The secrets active until now keep signing for `expires_in_hours` more hours and then
        expire. During that overlap every delivery carries one `v1=` signature per active
        secret, so a receiver can switch to the new secret without missing an event. Send an
        `Idempotency-Key`, as the vendor recommends for this call.

        Args:
            id: The webhook subscription's id.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours and
                replays it for a request with the same key and body. The same key with another
                body is rejected. The kirimchat SDK sends one on every POST and keeps it across
                retries.
            body: the request body.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``CreatedWebhookSecretEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(id=id, body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    id: str,
    *,
    body: RotateWebhookSecretRequest,
    idempotency_key: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> Response[CreatedWebhookSecretEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(id=id, body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio(
    id: str,
    *,
    body: RotateWebhookSecretRequest,
    idempotency_key: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> CreatedWebhookSecretEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id, body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )
