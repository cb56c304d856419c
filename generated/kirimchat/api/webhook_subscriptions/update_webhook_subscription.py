"""``PATCH /webhook_subscriptions/{id}``: Update a webhook subscription.

Low-level functions; most code calls ``client.webhook_subscriptions.update(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.update_webhook_subscription_request import UpdateWebhookSubscriptionRequest
from ...models.webhook_subscription_envelope import WebhookSubscriptionEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "patch",
    "/webhook_subscriptions/{id}",
    params=(
        Param("id", "path", _rules.UPDATE_WEBHOOK_SUBSCRIPTION__ID, "webhook_subscription_id"),
    ),
    body=_rules.UPDATE_WEBHOOK_SUBSCRIPTION__BODY,
    responses={200: WebhookSubscriptionEnvelope.from_dict},
    response_rules={200: _rules.UPDATE_WEBHOOK_SUBSCRIPTION__RESPONSE_200},
)
"""``PATCH /webhook_subscriptions/{id}`` (updateWebhookSubscription), as the API description gives it."""


def _get_kwargs(id: str, *, body: UpdateWebhookSubscriptionRequest) -> dict[str, Any]:
    return OPERATION.request((id,), body)


def _parse_response(response: httpx.Response, strict: bool = False) -> WebhookSubscriptionEnvelope:
    return cast("WebhookSubscriptionEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[WebhookSubscriptionEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    id: str, *, body: UpdateWebhookSubscriptionRequest, client: KirimChat
) -> Response[WebhookSubscriptionEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


def sync(
    id: str, *, body: UpdateWebhookSubscriptionRequest, client: KirimChat
) -> WebhookSubscriptionEnvelope:
    """Update a webhook subscription.

        Changes a subscription's URL, description, events or status; omitted fields keep their
        value. Setting `status` to `disabled` pauses deliveries; `active` resumes them (also
        for a subscription the API disabled after repeated failures). A new `url` must use
        `https://`, else 400 `invalid_webhook_url`.

        Args:
            id: The webhook subscription's id.
            body: the request body.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``WebhookSubscriptionEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


async def asyncio_detailed(
    id: str, *, body: UpdateWebhookSubscriptionRequest, client: AsyncKirimChat
) -> Response[WebhookSubscriptionEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


async def asyncio(
    id: str, *, body: UpdateWebhookSubscriptionRequest, client: AsyncKirimChat
) -> WebhookSubscriptionEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )
