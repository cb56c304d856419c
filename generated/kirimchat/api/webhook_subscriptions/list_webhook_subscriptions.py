"""``GET /webhook_subscriptions``: List webhook subscriptions.

Low-level functions; most code calls ``client.webhook_subscriptions.list(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.webhook_subscription_list import WebhookSubscriptionList
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/webhook_subscriptions",
    params=(
        Param("limit", "query", _rules.LIST_WEBHOOK_SUBSCRIPTIONS__LIMIT, "limit"),
        Param("cursor", "query", _rules.LIST_WEBHOOK_SUBSCRIPTIONS__CURSOR, "cursor"),
    ),
    responses={200: WebhookSubscriptionList.from_dict},
    response_rules={200: _rules.LIST_WEBHOOK_SUBSCRIPTIONS__RESPONSE_200},
)
"""``GET /webhook_subscriptions`` (listWebhookSubscriptions), as the API description gives it."""


def _get_kwargs(*, limit: int | Unset = 25, cursor: str | Unset = UNSET) -> dict[str, Any]:
    return OPERATION.request((limit, cursor))


def _parse_response(response: httpx.Response, strict: bool = False) -> WebhookSubscriptionList:
    return cast("WebhookSubscriptionList", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[WebhookSubscriptionList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    *, limit: int | Unset = 25, cursor: str | Unset = UNSET, client: KirimChat
) -> Response[WebhookSubscriptionList]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(limit=limit, cursor=cursor)), client.strict_response_validation
    )


def sync(
    *, limit: int | Unset = 25, cursor: str | Unset = UNSET, client: KirimChat
) -> WebhookSubscriptionList:
    """List webhook subscriptions.

        Lists the organisation's webhook subscriptions, newest first, one page at a time. A
        subscription never shows its secrets' values, only their ids and expiry.

        Args:
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
    The parsed ``WebhookSubscriptionList``.
    """
    return _parse_response(
        client.request(_get_kwargs(limit=limit, cursor=cursor)), client.strict_response_validation
    )


async def asyncio_detailed(
    *, limit: int | Unset = 25, cursor: str | Unset = UNSET, client: AsyncKirimChat
) -> Response[WebhookSubscriptionList]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(limit=limit, cursor=cursor)),
        client.strict_response_validation,
    )


async def asyncio(
    *, limit: int | Unset = 25, cursor: str | Unset = UNSET, client: AsyncKirimChat
) -> WebhookSubscriptionList:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(limit=limit, cursor=cursor)),
        client.strict_response_validation,
    )
