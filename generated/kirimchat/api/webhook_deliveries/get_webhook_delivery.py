"""``GET /webhook_deliveries/{id}``: Fetch a webhook delivery.

Low-level functions; most code calls ``client.webhook_deliveries.get(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.webhook_delivery_envelope import WebhookDeliveryEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/webhook_deliveries/{id}",
    params=(Param("id", "path", _rules.GET_WEBHOOK_DELIVERY__ID, "webhook_delivery_id"),),
    responses={200: WebhookDeliveryEnvelope.from_dict},
    response_rules={200: _rules.GET_WEBHOOK_DELIVERY__RESPONSE_200},
)
"""``GET /webhook_deliveries/{id}`` (getWebhookDelivery), as the API description gives it."""


def _get_kwargs(id: str) -> dict[str, Any]:
    return OPERATION.request((id,))


def _parse_response(response: httpx.Response, strict: bool = False) -> WebhookDeliveryEnvelope:
    return cast("WebhookDeliveryEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[WebhookDeliveryEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(id: str, *, client: KirimChat) -> Response[WebhookDeliveryEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs(id=id)), client.strict_response_validation)


def sync(id: str, *, client: KirimChat) -> WebhookDeliveryEnvelope:
    """Fetch a webhook delivery.

        Returns one delivery attempt: where it went, how the receiver answered, and whether it will
        be retried. A delivery of another organisation is `resource_not_found` (404).

        Args:
            id: The webhook delivery's id.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``WebhookDeliveryEnvelope``.
    """
    return _parse_response(client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio_detailed(id: str, *, client: AsyncKirimChat) -> Response[WebhookDeliveryEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio(id: str, *, client: AsyncKirimChat) -> WebhookDeliveryEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id)), client.strict_response_validation
    )
