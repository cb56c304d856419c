"""``GET /conversations``: List conversations.

Low-level functions; most code calls ``client.conversations.list(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.conversation_list import ConversationList
from ...models.conversation_status import ConversationStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/conversations",
    params=(
        Param("status", "query", _rules.LIST_CONVERSATIONS__STATUS, "status"),
        Param("contact_id", "query", _rules.LIST_CONVERSATIONS__CONTACT_ID, "contact_id"),
        Param("assignee_id", "query", _rules.LIST_CONVERSATIONS__ASSIGNEE_ID, "assignee_id"),
        Param("limit", "query", _rules.LIST_CONVERSATIONS__LIMIT, "limit"),
        Param("cursor", "query", _rules.LIST_CONVERSATIONS__CURSOR, "cursor"),
    ),
    responses={200: ConversationList.from_dict},
    response_rules={200: _rules.LIST_CONVERSATIONS__RESPONSE_200},
)
"""``GET /conversations`` (listConversations), as the API description gives it."""


def _get_kwargs(
    *,
    status: ConversationStatus | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    return OPERATION.request((status, contact_id, assignee_id, limit, cursor))


def _parse_response(response: httpx.Response, strict: bool = False) -> ConversationList:
    return cast("ConversationList", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[ConversationList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    *,
    status: ConversationStatus | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: KirimChat,
) -> Response[ConversationList]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(
            _get_kwargs(
                status=status,
                contact_id=contact_id,
                assignee_id=assignee_id,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )


def sync(
    *,
    status: ConversationStatus | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: KirimChat,
) -> ConversationList:
    """List conversations.

        Lists the organisation's conversations, most recently active first (by `last_message_at`;
        those without messages last), one page at a time. Filter by status, contact or assignee.

        Args:
            status: Only the conversations in this status.
            contact_id: Only the conversations with this contact.
            assignee_id: Only the conversations assigned to this user.
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
    The parsed ``ConversationList``.
    """
    return _parse_response(
        client.request(
            _get_kwargs(
                status=status,
                contact_id=contact_id,
                assignee_id=assignee_id,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    *,
    status: ConversationStatus | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> Response[ConversationList]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(
            _get_kwargs(
                status=status,
                contact_id=contact_id,
                assignee_id=assignee_id,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )


async def asyncio(
    *,
    status: ConversationStatus | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> ConversationList:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(
            _get_kwargs(
                status=status,
                contact_id=contact_id,
                assignee_id=assignee_id,
                limit=limit,
                cursor=cursor,
            )
        ),
        client.strict_response_validation,
    )
