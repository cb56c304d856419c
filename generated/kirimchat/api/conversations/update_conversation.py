"""``PATCH /conversations/{id}``: Assign or change the status of a conversation.

Low-level functions; most code calls ``client.conversations.update(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.conversation_envelope import ConversationEnvelope
from ...models.update_conversation_request import UpdateConversationRequest
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "patch",
    "/conversations/{id}",
    params=(Param("id", "path", _rules.UPDATE_CONVERSATION__ID, "conversation_id"),),
    body=_rules.UPDATE_CONVERSATION__BODY,
    responses={200: ConversationEnvelope.from_dict},
    response_rules={200: _rules.UPDATE_CONVERSATION__RESPONSE_200},
)
"""``PATCH /conversations/{id}`` (updateConversation), as the API description gives it."""


def _get_kwargs(id: str, *, body: UpdateConversationRequest) -> dict[str, Any]:
    return OPERATION.request((id,), body)


def _parse_response(response: httpx.Response, strict: bool = False) -> ConversationEnvelope:
    return cast("ConversationEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[ConversationEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    id: str, *, body: UpdateConversationRequest, client: KirimChat
) -> Response[ConversationEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


def sync(id: str, *, body: UpdateConversationRequest, client: KirimChat) -> ConversationEnvelope:
    """Assign or change the status of a conversation.

        Assigns a conversation to a user of the organisation (`assignee_id`; null unassigns
        it) or changes its `status`; omitted fields keep their value. A change of assignee
        fires `conversation.assigned`; a change to `resolved` fires `conversation.closed`. A
        user who is not one of the organisation's is `resource_not_found` (404, `param`
        `assignee_id`), as for any id of another organisation.

        Args:
            id: The conversation's id.
            body: the request body.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``ConversationEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


async def asyncio_detailed(
    id: str, *, body: UpdateConversationRequest, client: AsyncKirimChat
) -> Response[ConversationEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


async def asyncio(
    id: str, *, body: UpdateConversationRequest, client: AsyncKirimChat
) -> ConversationEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )
