"""``GET /messages/{id}``: Fetch a message.

Low-level functions; most code calls ``client.messages.get(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.message_envelope import MessageEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/messages/{id}",
    params=(Param("id", "path", _rules.GET_MESSAGE__ID, "message_id"),),
    responses={200: MessageEnvelope.from_dict},
    response_rules={200: _rules.GET_MESSAGE__RESPONSE_200},
)
"""``GET /messages/{id}`` (getMessage), as the API description gives it."""


def _get_kwargs(id: str) -> dict[str, Any]:
    return OPERATION.request((id,))


def _parse_response(response: httpx.Response, strict: bool = False) -> MessageEnvelope:
    return cast("MessageEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[MessageEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(id: str, *, client: KirimChat) -> Response[MessageEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs(id=id)), client.strict_response_validation)


def sync(id: str, *, client: KirimChat) -> MessageEnvelope:
    """Fetch a message.

        Returns one message with its current status; a failed one carries `error` (e.g.
        `outside_24h_window`). A message of another organisation is `resource_not_found` (404).

        Args:
            id: The message's id.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``MessageEnvelope``.
    """
    return _parse_response(client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio_detailed(id: str, *, client: AsyncKirimChat) -> Response[MessageEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio(id: str, *, client: AsyncKirimChat) -> MessageEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id)), client.strict_response_validation
    )
