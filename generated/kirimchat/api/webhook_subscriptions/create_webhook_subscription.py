"""``POST /webhook_subscriptions``: Create a webhook subscription.

Low-level functions; most code calls ``client.webhook_subscriptions.create(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.create_webhook_subscription_request import CreateWebhookSubscriptionRequest
from ...models.created_webhook_subscription_envelope import CreatedWebhookSubscriptionEnvelope
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "post",
    "/webhook_subscriptions",
    params=(
        Param(
            "Idempotency-Key",
            "header",
            _rules.CREATE_WEBHOOK_SUBSCRIPTION__IDEMPOTENCY_KEY,
            "idempotency_key",
        ),
    ),
    body=_rules.CREATE_WEBHOOK_SUBSCRIPTION__BODY,
    responses={201: CreatedWebhookSubscriptionEnvelope.from_dict},
    response_rules={201: _rules.CREATE_WEBHOOK_SUBSCRIPTION__RESPONSE_201},
)
"""``POST /webhook_subscriptions`` (createWebhookSubscription), as the API description gives it."""


def _get_kwargs(
    *, body: CreateWebhookSubscriptionRequest, idempotency_key: str | Unset = UNSET
) -> dict[str, Any]:
    return OPERATION.request((idempotency_key,), body)


def _parse_response(
    response: httpx.Response, strict: bool = False
) -> CreatedWebhookSubscriptionEnvelope:
    return cast("CreatedWebhookSubscriptionEnvelope", OPERATION.parse(response, strict))


def _detailed(
    response: httpx.Response, strict: bool
) -> Response[CreatedWebhookSubscriptionEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    *,
    body: CreateWebhookSubscriptionRequest,
    idempotency_key: str | Unset = UNSET,
    client: KirimChat,
) -> Response[CreatedWebhookSubscriptionEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


def sync(
    *,
    body: CreateWebhookSubscriptionRequest,
    idempotency_key: str | Unset = UNSET,
    client: KirimChat,
) -> CreatedWebhookSubscriptionEnvelope:
    """Create a webhook subscription.

        Subscribes a URL to some of the events of the whole organisation (every connected
        WhatsApp number). The URL must use `https://`; any other scheme is a 400 with code
        `invalid_webhook_url`.

        The response carries `initial_secret`, the signing secret, once: store it at once, the
        API never shows it again. Each delivery is signed with it as the `webhooks` section of
        this document describes; `client.webhooks.unwrap` checks the signature for you.

        Args:
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
    The parsed ``CreatedWebhookSubscriptionEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    *,
    body: CreateWebhookSubscriptionRequest,
    idempotency_key: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> Response[CreatedWebhookSubscriptionEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio(
    *,
    body: CreateWebhookSubscriptionRequest,
    idempotency_key: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> CreatedWebhookSubscriptionEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )
