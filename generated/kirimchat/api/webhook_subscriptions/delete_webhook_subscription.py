"""``DELETE /webhook_subscriptions/{id}``: Delete a webhook subscription.

Low-level functions; most code calls ``client.webhook_subscriptions.delete(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "delete",
    "/webhook_subscriptions/{id}",
    params=(
        Param("id", "path", _rules.DELETE_WEBHOOK_SUBSCRIPTION__ID, "webhook_subscription_id"),
    ),
    responses={204: None},
    response_rules={},
)
"""``DELETE /webhook_subscriptions/{id}`` (deleteWebhookSubscription), as the API description gives it."""


def _get_kwargs(id: str) -> dict[str, Any]:
    return OPERATION.request((id,))


def _parse_response(response: httpx.Response, strict: bool = False) -> None:
    return cast("None", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[None]:
    _parse_response(response, strict)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(id: str, *, client: KirimChat) -> Response[None]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs(id=id)), client.strict_response_validation)


def sync(id: str, *, client: KirimChat) -> None:
    """Delete a webhook subscription.

        Deletes a subscription for good: no event is delivered to it any more. Its past deliveries
        stay listed. From then on its id is unknown (404).

        Args:
            id: The webhook subscription's id.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    None: the response has no body.
    """
    return _parse_response(client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio_detailed(id: str, *, client: AsyncKirimChat) -> Response[None]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio(id: str, *, client: AsyncKirimChat) -> None:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id)), client.strict_response_validation
    )
