# Generated from openapi.yaml by `make generate` with templates/kirimchat/resources/{tag}.py.jinja: edit that, not this file.
"""``client.conversations``: Threads between a WhatsApp account and a contact: their status and assignee.
Conversation ids look like `cnv_01HXYZABCDEFGHJKMNPQRSTVWX`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .. import _api, params
from .._base_client import RequestOptions, Timeout
from .._operations import acall, apaginate, call, paginate
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.conversation import Conversation
from ..models.conversation_status import ConversationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..client import AsyncKirimChat, KirimChat

__all__ = [
    "Conversations",
    "AsyncConversations",
    "ConversationsWithRawResponse",
    "AsyncConversationsWithRawResponse",
]


class Conversations:
    """Conversations: Threads between a WhatsApp account and a contact: their status and assignee.
    Conversation ids look like `cnv_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return ConversationsWithRawResponse(self)

    def list(
        self,
        *,
        status: ConversationStatus | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPage[Conversation]:
        """List conversations.

        Lists the organisation's conversations, most recently active first (by
        `last_message_at`; those without messages last), one page at a time. Filter by status,
        contact or assignee.

        Args:
            status: Only the conversations in this status.
            contact_id: Only the conversations with this contact.
            assignee_id: Only the conversations assigned to this user.
            limit: Items per page, from 1 to 100 (default 25); outside that range the API
                answers 400 `invalid_limit`. Default: ``25``.
            cursor: The previous page's `next_cursor`, passed back verbatim with the same
                filters. Cursors are opaque and tamper-evident: a modified one is a 400
                `invalid_cursor`.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The first ``SyncPage``; iterating over it yields every Conversation of every
            page, fetching each page when reached.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: SyncPage[Conversation] = paginate(
            self._client,
            _api.LIST_CONVERSATIONS,
            (status, contact_id, assignee_id, limit, cursor),
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    def get(
        self,
        conversation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Conversation:
        """Fetch a conversation.

        Returns one conversation. A conversation of another organisation is `resource_not_found`
        (404).

        Args:
            conversation_id: The conversation's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Conversation``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Conversation = call(
            self._client,
            _api.GET_CONVERSATION,
            (conversation_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    def update(
        self,
        conversation_id: str,
        *,
        assignee_id: str | None | Unset = UNSET,
        status: params.ConversationStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Conversation:
        """Assign or change the status of a conversation.

        Assigns a conversation to a user of the organisation (`assignee_id`; null unassigns
        it) or changes its `status`; omitted fields keep their value. A change of assignee
        fires `conversation.assigned`; a change to `resolved` fires `conversation.closed`. A
        user who is not one of the organisation's is `resource_not_found` (404, `param`
        `assignee_id`), as for any id of another organisation.

        Args:
            conversation_id: The conversation's id.
            assignee_id: The user to assign the conversation to; null unassigns it.
            status: `open` and `pending` conversations await work; `resolved` ones are closed.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``Conversation``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: Conversation = call(
            self._client,
            _api.UPDATE_CONVERSATION,
            (conversation_id,),
            {"assignee_id": assignee_id, "status": status},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result


class ConversationsWithRawResponse:
    """``client.conversations.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, conversations: Conversations) -> None:
        self.list = to_raw_response_wrapper(conversations.list)
        self.get = to_raw_response_wrapper(conversations.get)
        self.update = to_raw_response_wrapper(conversations.update)


class AsyncConversations:
    """Conversations (async): Threads between a WhatsApp account and a contact: their status and assignee.
    Conversation ids look like `cnv_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConversationsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncConversationsWithRawResponse(self)

    def list(
        self,
        *,
        status: ConversationStatus | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[Conversation]:
        """List conversations.

        Lists the organisation's conversations, most recently active first (by
        `last_message_at`; those without messages last), one page at a time. Filter by status,
        contact or assignee.

        Args:
            status: Only the conversations in this status.
            contact_id: Only the conversations with this contact.
            assignee_id: Only the conversations assigned to this user.
            limit: Items per page, from 1 to 100 (default 25); outside that range the API
                answers 400 `invalid_limit`. Default: ``25``.
            cursor: The previous page's `next_cursor`, passed back verbatim with the same
                filters. Cursors are opaque and tamper-evident: a modified one is a 400
                `invalid_cursor`.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            An ``AsyncPaginator``: ``await`` it for the first page, or ``async for``
            over it for every Conversation of every page.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: AsyncPaginator[Conversation] = apaginate(
            self._client,
            _api.LIST_CONVERSATIONS,
            (status, contact_id, assignee_id, limit, cursor),
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    async def get(
        self,
        conversation_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Conversation:
        """Fetch a conversation.

        Returns one conversation. A conversation of another organisation is `resource_not_found`
        (404).

        Args:
            conversation_id: The conversation's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Conversation``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Conversation = await acall(
            self._client,
            _api.GET_CONVERSATION,
            (conversation_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    async def update(
        self,
        conversation_id: str,
        *,
        assignee_id: str | None | Unset = UNSET,
        status: params.ConversationStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Conversation:
        """Assign or change the status of a conversation.

        Assigns a conversation to a user of the organisation (`assignee_id`; null unassigns
        it) or changes its `status`; omitted fields keep their value. A change of assignee
        fires `conversation.assigned`; a change to `resolved` fires `conversation.closed`. A
        user who is not one of the organisation's is `resource_not_found` (404, `param`
        `assignee_id`), as for any id of another organisation.

        Args:
            conversation_id: The conversation's id.
            assignee_id: The user to assign the conversation to; null unassigns it.
            status: `open` and `pending` conversations await work; `resolved` ones are closed.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``Conversation``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: Conversation = await acall(
            self._client,
            _api.UPDATE_CONVERSATION,
            (conversation_id,),
            {"assignee_id": assignee_id, "status": status},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result


class AsyncConversationsWithRawResponse:
    """``client.conversations.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, conversations: AsyncConversations) -> None:
        self.list = async_to_raw_response_wrapper(conversations.list)
        self.get = async_to_raw_response_wrapper(conversations.get)
        self.update = async_to_raw_response_wrapper(conversations.update)
