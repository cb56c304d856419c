"""``GET /accounts``: List connected WhatsApp accounts.

Low-level functions; most code calls ``client.accounts.list(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.account_list import AccountList
from ...models.list_accounts_status import ListAccountsStatus
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/accounts",
    params=(Param("status", "query", _rules.LIST_ACCOUNTS__STATUS, "status"),),
    responses={200: AccountList.from_dict},
    response_rules={200: _rules.LIST_ACCOUNTS__RESPONSE_200},
)
"""``GET /accounts`` (listAccounts), as the API description gives it."""


def _get_kwargs(*, status: ListAccountsStatus | Unset = "connected") -> dict[str, Any]:
    return OPERATION.request((status,))


def _parse_response(response: httpx.Response, strict: bool = False) -> AccountList:
    return cast("AccountList", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[AccountList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    *, status: ListAccountsStatus | Unset = "connected", client: KirimChat
) -> Response[AccountList]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs(status=status)), client.strict_response_validation)


def sync(*, status: ListAccountsStatus | Unset = "connected", client: KirimChat) -> AccountList:
    """List connected WhatsApp accounts.

        Lists the organisation's WhatsApp accounts, connected ones only unless `status` is `all`.
        The list is not paginated: `has_more` is always false.

        Args:
            status: `connected` (the default): only accounts that can send; `all`: every account.
                Default: ``'connected'``.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``AccountList``.
    """
    return _parse_response(
        client.request(_get_kwargs(status=status)), client.strict_response_validation
    )


async def asyncio_detailed(
    *, status: ListAccountsStatus | Unset = "connected", client: AsyncKirimChat
) -> Response[AccountList]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(status=status)), client.strict_response_validation
    )


async def asyncio(
    *, status: ListAccountsStatus | Unset = "connected", client: AsyncKirimChat
) -> AccountList:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(status=status)), client.strict_response_validation
    )
