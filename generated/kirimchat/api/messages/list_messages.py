"""``GET /messages``: List messages.

Low-level functions; most code calls ``client.messages.list(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.message_direction import MessageDirection
from ...models.message_list import MessageList
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/messages",
    params=(
        Param("conversation_id", "query", _rules.LIST_MESSAGES__CONVERSATION_ID, "conversation_id"),
        Param("contact_id", "query", _rules.LIST_MESSAGES__CONTACT_ID, "contact_id"),
        Param("direction", "query", _rules.LIST_MESSAGES__DIRECTION, "direction"),
        Param("limit", "query", _rules.LIST_MESSAGES__LIMIT, "limit"),
        Param("cursor", "query", _rules.LIST_MESSAGES__CURSOR, "cursor"),
    ),
    responses={200: MessageList.from_dict},
    response_rules={200: _rules.LIST_MESSAGES__RESPONSE_200},
)
"""``GET /messages`` (listMessages), as the API description gives it."""


def _get_kwargs(
    *,
    conversation_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    direction: MessageDirection | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    return OPERATION.request((conversation_id, contact_id, direction, limit, cursor))


def _parse_response(response: httpx.Response, strict: bool = False) -> MessageList:
    return cast("MessageList", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[MessageList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    *,
    conversation_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    direction: MessageDirection | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: KirimChat,
) -> Response[MessageList]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(
            _get_kwargs(
                conversation_id=conversation_id,
                contact_id=contact_id,
                direction=direction,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )


def sync(
    *,
    conversation_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    direction: MessageDirection | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: KirimChat,
) -> MessageList:
    """List messages.

        Lists the organisation's messages, sent and received, newest first, one page at a time.
        Filter by conversation, by contact, or by direction.

        Args:
            conversation_id: Only the messages of this conversation.
            contact_id: Only the messages to or from this contact.
            direction: Only the messages sent (`outbound`) or received (`inbound`).
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
    The parsed ``MessageList``.
    """
    return _parse_response(
        client.request(
            _get_kwargs(
                conversation_id=conversation_id,
                contact_id=contact_id,
                direction=direction,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    *,
    conversation_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    direction: MessageDirection | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> Response[MessageList]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(
            _get_kwargs(
                conversation_id=conversation_id,
                contact_id=contact_id,
                direction=direction,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )


async def asyncio(
    *,
    conversation_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    direction: MessageDirection | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> MessageList:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(
            _get_kwargs(
                conversation_id=conversation_id,
                contact_id=contact_id,
                direction=direction,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )
