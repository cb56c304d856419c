"""``GET /contacts``: List contacts.

Low-level functions; most code calls ``client.contacts.list(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.contact_list import ContactList
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/contacts",
    params=(
        Param("phone", "query", _rules.LIST_CONTACTS__PHONE, "phone"),
        Param("search", "query", _rules.LIST_CONTACTS__SEARCH, "search"),
        Param("limit", "query", _rules.LIST_CONTACTS__LIMIT, "limit"),
        Param("cursor", "query", _rules.LIST_CONTACTS__CURSOR, "cursor"),
    ),
    responses={200: ContactList.from_dict},
    response_rules={200: _rules.LIST_CONTACTS__RESPONSE_200},
)
"""``GET /contacts`` (listContacts), as the API description gives it."""


def _get_kwargs(
    *,
    phone: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    return OPERATION.request((phone, search, limit, cursor))


def _parse_response(response: httpx.Response, strict: bool = False) -> ContactList:
    return cast("ContactList", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[ContactList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    *,
    phone: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: KirimChat,
) -> Response[ContactList]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(phone=phone, search=search, limit=limit, cursor=cursor)),
        client.strict_response_validation,
    )


def sync(
    *,
    phone: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: KirimChat,
) -> ContactList:
    """List contacts.

        Lists the contacts of the whole organisation, newest first, one page at a time. Filter
        by an exact E.164 `phone`, or by `search`, a partial, case-insensitive match on name and
        email.

        Args:
            phone: Only the contact with this phone number, in E.164 form (`+` and digits).
            search: A partial, case-insensitive match on the contact's name or email.
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
    The parsed ``ContactList``.
    """
    return _parse_response(
        client.request(_get_kwargs(phone=phone, search=search, limit=limit, cursor=cursor)),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    *,
    phone: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> Response[ContactList]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(phone=phone, search=search, limit=limit, cursor=cursor)),
        client.strict_response_validation,
    )


async def asyncio(
    *,
    phone: str | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> ContactList:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(phone=phone, search=search, limit=limit, cursor=cursor)),
        client.strict_response_validation,
    )
