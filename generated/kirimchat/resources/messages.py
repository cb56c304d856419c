# Generated from openapi.yaml by `make generate` with templates/kirimchat/resources/{tag}.py.jinja: edit that, not this file.
"""``client.messages``: WhatsApp messages: send one, follow its status, list a conversation's. Message ids look
like `msg_01HXYZABCDEFGHJKMNPQRSTVWX`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .. import _api, params
from .._base_client import RequestOptions, Timeout
from .._operations import acall, apaginate, call, paginate
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.message import Message
from ..models.message_direction import MessageDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..client import AsyncKirimChat, KirimChat

__all__ = ["Messages", "AsyncMessages", "MessagesWithRawResponse", "AsyncMessagesWithRawResponse"]


class Messages:
    """Messages: WhatsApp messages: send one, follow its status, list a conversation's. Message ids look
    like `msg_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return MessagesWithRawResponse(self)

    def list(
        self,
        *,
        conversation_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        direction: MessageDirection | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPage[Message]:
        """List messages.

        Lists the organisation's messages, sent and received, newest first, one page at a time.
        Filter by conversation, by contact, or by direction.

        Args:
            conversation_id: Only the messages of this conversation.
            contact_id: Only the messages to or from this contact.
            direction: Only the messages sent (`outbound`) or received (`inbound`).
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
            The first ``SyncPage``; iterating over it yields every Message of every
            page, fetching each page when reached.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: SyncPage[Message] = paginate(
            self._client,
            _api.LIST_MESSAGES,
            (conversation_id, contact_id, direction, limit, cursor),
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    def send(
        self,
        *,
        body: params.SendMessageRequest,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Send a WhatsApp message.

        Sends a message of one of six types, told apart by `type`: `text`, `template`,
        `image`, `document`, `audio` or `video` (media by a public `https://` URL). Reply to a
        message by naming it in `context.message_id`.

        The message is accepted with status `pending` (202) and sent asynchronously; its
        status then moves to `sent`, `delivered` and `read`, or to `failed` with an `error`.
        Each step is a `message.status` webhook event; `GET /messages/{id}` shows the current
        one. An organisation with one WhatsApp account needs no `from`; one with several must
        send it (400 `missing_required_field` without it, 400 `invalid_field_value` for a
        number that is not one of its accounts); one with none gets 422
        `whatsapp_number_not_verified`. A template must be one of the organisation's approved
        templates, by name and language (else 400 `invalid_template_name`); a reply's
        `context.message_id` must be one of its messages (else 404). Free-form messages (all
        but templates) reach a contact only within 24 hours of the contact's last message;
        outside that window the message fails with `outside_24h_window`. Sending to a number
        that is no contact yet creates the contact (`contact.created`). Send an
        `Idempotency-Key`, so that a retried send cannot send twice.

        Args:
            body: A message to send, of one of six types, told apart by `type`.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``Message``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: Message = call(
            self._client,
            _api.SEND_MESSAGE,
            (idempotency_key,),
            body,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result

    def get(
        self,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Message:
        """Fetch a message.

        Returns one message with its current status; a failed one carries `error` (e.g.
        `outside_24h_window`). A message of another organisation is `resource_not_found` (404).

        Args:
            message_id: The message's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Message``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Message = call(
            self._client,
            _api.GET_MESSAGE,
            (message_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result


class MessagesWithRawResponse:
    """``client.messages.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, messages: Messages) -> None:
        self.list = to_raw_response_wrapper(messages.list)
        self.send = to_raw_response_wrapper(messages.send)
        self.get = to_raw_response_wrapper(messages.get)


class AsyncMessages:
    """Messages (async): WhatsApp messages: send one, follow its status, list a conversation's. Message ids look
    like `msg_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncMessagesWithRawResponse(self)

    def list(
        self,
        *,
        conversation_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        direction: MessageDirection | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[Message]:
        """List messages.

        Lists the organisation's messages, sent and received, newest first, one page at a time.
        Filter by conversation, by contact, or by direction.

        Args:
            conversation_id: Only the messages of this conversation.
            contact_id: Only the messages to or from this contact.
            direction: Only the messages sent (`outbound`) or received (`inbound`).
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
            over it for every Message of every page.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: AsyncPaginator[Message] = apaginate(
            self._client,
            _api.LIST_MESSAGES,
            (conversation_id, contact_id, direction, limit, cursor),
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    async def send(
        self,
        *,
        body: params.SendMessageRequest,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Send a WhatsApp message.

        Sends a message of one of six types, told apart by `type`: `text`, `template`,
        `image`, `document`, `audio` or `video` (media by a public `https://` URL). Reply to a
        message by naming it in `context.message_id`.

        The message is accepted with status `pending` (202) and sent asynchronously; its
        status then moves to `sent`, `delivered` and `read`, or to `failed` with an `error`.
        Each step is a `message.status` webhook event; `GET /messages/{id}` shows the current
        one. An organisation with one WhatsApp account needs no `from`; one with several must
        send it (400 `missing_required_field` without it, 400 `invalid_field_value` for a
        number that is not one of its accounts); one with none gets 422
        `whatsapp_number_not_verified`. A template must be one of the organisation's approved
        templates, by name and language (else 400 `invalid_template_name`); a reply's
        `context.message_id` must be one of its messages (else 404). Free-form messages (all
        but templates) reach a contact only within 24 hours of the contact's last message;
        outside that window the message fails with `outside_24h_window`. Sending to a number
        that is no contact yet creates the contact (`contact.created`). Send an
        `Idempotency-Key`, so that a retried send cannot send twice.

        Args:
            body: A message to send, of one of six types, told apart by `type`.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``Message``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: Message = await acall(
            self._client,
            _api.SEND_MESSAGE,
            (idempotency_key,),
            body,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result

    async def get(
        self,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Message:
        """Fetch a message.

        Returns one message with its current status; a failed one carries `error` (e.g.
        `outside_24h_window`). A message of another organisation is `resource_not_found` (404).

        Args:
            message_id: The message's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Message``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Message = await acall(
            self._client,
            _api.GET_MESSAGE,
            (message_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result


class AsyncMessagesWithRawResponse:
    """``client.messages.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, messages: AsyncMessages) -> None:
        self.list = async_to_raw_response_wrapper(messages.list)
        self.send = async_to_raw_response_wrapper(messages.send)
        self.get = async_to_raw_response_wrapper(messages.get)
