# Generated from openapi.yaml by `make generate` with templates/kirimchat/resources/{tag}.py.jinja: edit that, not this file.
"""``client.accounts``: The WhatsApp Business accounts (phone numbers) connected to the organisation; a
connected one's number is what `from` names."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .. import _api
from .._base_client import RequestOptions, Timeout
from .._operations import acall, call
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.account_list import AccountList
from ..models.list_accounts_status import ListAccountsStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..client import AsyncKirimChat, KirimChat

__all__ = ["Accounts", "AsyncAccounts", "AccountsWithRawResponse", "AsyncAccountsWithRawResponse"]


class Accounts:
    """Accounts: The WhatsApp Business accounts (phone numbers) connected to the organisation; a
    connected one's number is what `from` names."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AccountsWithRawResponse(self)

    def list(
        self,
        *,
        status: ListAccountsStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> AccountList:
        """List connected WhatsApp accounts.

        Lists the organisation's WhatsApp accounts, connected ones only unless `status` is
        `all`. The list is not paginated: `has_more` is always false.

        Args:
            status: `connected` (the default): only accounts that can send; `all`: every
                account. Default: ``'connected'``.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``AccountList``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: AccountList = call(
            self._client,
            _api.LIST_ACCOUNTS,
            (status,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result


class AccountsWithRawResponse:
    """``client.accounts.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, accounts: Accounts) -> None:
        self.list = to_raw_response_wrapper(accounts.list)


class AsyncAccounts:
    """Accounts (async): The WhatsApp Business accounts (phone numbers) connected to the organisation; a
    connected one's number is what `from` names."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncAccountsWithRawResponse(self)

    async def list(
        self,
        *,
        status: ListAccountsStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> AccountList:
        """List connected WhatsApp accounts.

        Lists the organisation's WhatsApp accounts, connected ones only unless `status` is
        `all`. The list is not paginated: `has_more` is always false.

        Args:
            status: `connected` (the default): only accounts that can send; `all`: every
                account. Default: ``'connected'``.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``AccountList``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: AccountList = await acall(
            self._client,
            _api.LIST_ACCOUNTS,
            (status,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result


class AsyncAccountsWithRawResponse:
    """``client.accounts.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, accounts: AsyncAccounts) -> None:
        self.list = async_to_raw_response_wrapper(accounts.list)
