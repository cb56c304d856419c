"""``GET /webhook_deliveries``: List webhook deliveries.

Low-level functions; most code calls ``client.webhook_deliveries.list(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.webhook_delivery_list import WebhookDeliveryList
from ...models.webhook_delivery_status import WebhookDeliveryStatus
from ...models.webhook_event_type import WebhookEventType
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/webhook_deliveries",
    params=(
        Param(
            "subscription_id",
            "query",
            _rules.LIST_WEBHOOK_DELIVERIES__SUBSCRIPTION_ID,
            "subscription_id",
        ),
        Param("status", "query", _rules.LIST_WEBHOOK_DELIVERIES__STATUS, "status"),
        Param("event_type", "query", _rules.LIST_WEBHOOK_DELIVERIES__EVENT_TYPE, "event_type"),
        Param("limit", "query", _rules.LIST_WEBHOOK_DELIVERIES__LIMIT, "limit"),
        Param("cursor", "query", _rules.LIST_WEBHOOK_DELIVERIES__CURSOR, "cursor"),
    ),
    responses={200: WebhookDeliveryList.from_dict},
    response_rules={200: _rules.LIST_WEBHOOK_DELIVERIES__RESPONSE_200},
)
"""``GET /webhook_deliveries`` (listWebhookDeliveries), as the API description gives it."""


def _get_kwargs(
    *,
    subscription_id: str | Unset = UNSET,
    status: WebhookDeliveryStatus | Unset = UNSET,
    event_type: WebhookEventType | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    return OPERATION.request((subscription_id, status, event_type, limit, cursor))


def _parse_response(response: httpx.Response, strict: bool = False) -> WebhookDeliveryList:
    return cast("WebhookDeliveryList", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[WebhookDeliveryList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    *,
    subscription_id: str | Unset = UNSET,
    status: WebhookDeliveryStatus | Unset = UNSET,
    event_type: WebhookEventType | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: KirimChat,
) -> Response[WebhookDeliveryList]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(
            _get_kwargs(
                subscription_id=subscription_id,
                status=status,
                event_type=event_type,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )


def sync(
    *,
    subscription_id: str | Unset = UNSET,
    status: WebhookDeliveryStatus | Unset = UNSET,
    event_type: WebhookEventType | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: KirimChat,
) -> WebhookDeliveryList:
    """List webhook deliveries.

        Lists delivery attempts, newest first, one page at a time. Each attempt to POST an
        event to a subscription's URL is one delivery; a retry or a replay is a new one.
        Filter by subscription, by status (e.g. `dead`, the attempts that will not be retried)
        or by event type.

        Args:
            subscription_id: Only the deliveries of this subscription.
            status: Only the deliveries in this status.
            event_type: Only the deliveries of this event type.
            limit: Items per page, from 1 to 100 (default 25); outside that range the API answers
                400 `invalid_limit`. Default: ``25``.
            cursor: The previous page's `next_cursor`, passed back verbatim with the same filters.
                Cursors are opaque and tamper-evident: a modified one is a 400 `invalid_cursor`.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``WebhookDeliveryList``.
    """
    return _parse_response(
        client.request(
            _get_kwargs(
                subscription_id=subscription_id,
                status=status,
                event_type=event_type,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    *,
    subscription_id: str | Unset = UNSET,
    status: WebhookDeliveryStatus | Unset = UNSET,
    event_type: WebhookEventType | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> Response[WebhookDeliveryList]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(
            _get_kwargs(
                subscription_id=subscription_id,
                status=status,
                event_type=event_type,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )


async def asyncio(
    *,
    subscription_id: str | Unset = UNSET,
    status: WebhookDeliveryStatus | Unset = UNSET,
    event_type: WebhookEventType | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> WebhookDeliveryList:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(
            _get_kwargs(
                subscription_id=subscription_id,
                status=status,
                event_type=event_type,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )
