"""``client.messages``: WhatsApp messages: send one, follow its status, list a conversation's. Message ids look
like `msg_01HXYZABCDEFGHJKMNPQRSTVWX`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._base_client import RequestOptions, Timeout
from .._operations import acall, acall_raw, call, call_raw
from .._pagination import AsyncPage, AsyncPaginator, SyncPage
from .._response import APIResponse
from ..api.messages import get_message as _get_message
from ..api.messages import list_messages as _list_messages
from ..api.messages import send_message as _send_message
from ..models.message import Message
from ..models.message_direction import MessageDirection
from ..models.message_envelope import MessageEnvelope
from ..models.message_list import MessageList
from ..models.send_audio_message_request import SendAudioMessageRequest
from ..models.send_document_message_request import SendDocumentMessageRequest
from ..models.send_image_message_request import SendImageMessageRequest
from ..models.send_template_message_request import SendTemplateMessageRequest
from ..models.send_text_message_request import SendTextMessageRequest
from ..models.send_video_message_request import SendVideoMessageRequest
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
        return MessagesWithRawResponse(self._client)

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
        extra_body: Mapping[str, object] | None = None,
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
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The first ``SyncPage``; iterating over it yields every Message of every
            page, fetching each page when reached.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        def fetch(page_cursor: str | Unset) -> SyncPage[Message]:
            envelope = call(
                self._client,
                _list_messages.OPERATION,
                (conversation_id, contact_id, direction, limit, page_cursor),
                None,
                options,
            )
            return SyncPage(
                envelope, fetch, None if isinstance(page_cursor, Unset) else page_cursor
            )

        return fetch(cursor)

    def send(
        self,
        *,
        body: SendAudioMessageRequest
        | SendDocumentMessageRequest
        | SendImageMessageRequest
        | SendTemplateMessageRequest
        | SendTextMessageRequest
        | SendVideoMessageRequest
        | Mapping[str, Any],
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> MessageEnvelope:
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
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``MessageEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: MessageEnvelope = call(
            self._client, _send_message.OPERATION, (idempotency_key,), body, options
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
        extra_body: Mapping[str, object] | None = None,
    ) -> MessageEnvelope:
        """Fetch a message.

        Returns one message with its current status; a failed one carries `error` (e.g.
        `outside_24h_window`). A message of another organisation is `resource_not_found` (404).

        Args:
            message_id: The message's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``MessageEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: MessageEnvelope = call(
            self._client, _get_message.OPERATION, (message_id,), None, options
        )
        return result


class MessagesWithRawResponse:
    """``client.messages.with_raw_response``: each call returns an ``APIResponse`` (one page, for lists)."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

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
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[MessageList]:
        """Like ``Messages.list``, returning the raw ``APIResponse``; ``.parse()`` gives the ``MessageList``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return call_raw(
            self._client,
            _list_messages.OPERATION,
            (conversation_id, contact_id, direction, limit, cursor),
            None,
            options,
        )

    def send(
        self,
        *,
        body: SendAudioMessageRequest
        | SendDocumentMessageRequest
        | SendImageMessageRequest
        | SendTemplateMessageRequest
        | SendTextMessageRequest
        | SendVideoMessageRequest
        | Mapping[str, Any],
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[MessageEnvelope]:
        """Like ``Messages.send``, returning the raw ``APIResponse``; ``.parse()`` gives the ``MessageEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return call_raw(self._client, _send_message.OPERATION, (idempotency_key,), body, options)

    def get(
        self,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[MessageEnvelope]:
        """Like ``Messages.get``, returning the raw ``APIResponse``; ``.parse()`` gives the ``MessageEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return call_raw(self._client, _get_message.OPERATION, (message_id,), None, options)


class AsyncMessages:
    """Messages (async): WhatsApp messages: send one, follow its status, list a conversation's. Message ids look
    like `msg_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncMessagesWithRawResponse(self._client)

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
        extra_body: Mapping[str, object] | None = None,
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
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            An ``AsyncPaginator``: ``await`` it for the first page, or ``async for``
            over it for every Message of every page.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        _list_messages.OPERATION.request(
            (conversation_id, contact_id, direction, limit, cursor)
        )  # checks the arguments now, before anything is awaited

        async def fetch(page_cursor: str | Unset) -> AsyncPage[Message]:
            envelope = await acall(
                self._client,
                _list_messages.OPERATION,
                (conversation_id, contact_id, direction, limit, page_cursor),
                None,
                options,
            )
            return AsyncPage(
                envelope, fetch, None if isinstance(page_cursor, Unset) else page_cursor
            )

        return AsyncPaginator(lambda: fetch(cursor))

    async def send(
        self,
        *,
        body: SendAudioMessageRequest
        | SendDocumentMessageRequest
        | SendImageMessageRequest
        | SendTemplateMessageRequest
        | SendTextMessageRequest
        | SendVideoMessageRequest
        | Mapping[str, Any],
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> MessageEnvelope:
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
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``MessageEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: MessageEnvelope = await acall(
            self._client, _send_message.OPERATION, (idempotency_key,), body, options
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
        extra_body: Mapping[str, object] | None = None,
    ) -> MessageEnvelope:
        """Fetch a message.

        Returns one message with its current status; a failed one carries `error` (e.g.
        `outside_24h_window`). A message of another organisation is `resource_not_found` (404).

        Args:
            message_id: The message's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``MessageEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: MessageEnvelope = await acall(
            self._client, _get_message.OPERATION, (message_id,), None, options
        )
        return result


class AsyncMessagesWithRawResponse:
    """``client.messages.with_raw_response``: each call returns an ``APIResponse`` (one page, for lists)."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    async def list(
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
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[MessageList]:
        """Like ``AsyncMessages.list``, returning the raw ``APIResponse``; ``.parse()`` gives the ``MessageList``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return await acall_raw(
            self._client,
            _list_messages.OPERATION,
            (conversation_id, contact_id, direction, limit, cursor),
            None,
            options,
        )

    async def send(
        self,
        *,
        body: SendAudioMessageRequest
        | SendDocumentMessageRequest
        | SendImageMessageRequest
        | SendTemplateMessageRequest
        | SendTextMessageRequest
        | SendVideoMessageRequest
        | Mapping[str, Any],
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[MessageEnvelope]:
        """Like ``AsyncMessages.send``, returning the raw ``APIResponse``; ``.parse()`` gives the ``MessageEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return await acall_raw(
            self._client, _send_message.OPERATION, (idempotency_key,), body, options
        )

    async def get(
        self,
        message_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[MessageEnvelope]:
        """Like ``AsyncMessages.get``, returning the raw ``APIResponse``; ``.parse()`` gives the ``MessageEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return await acall_raw(self._client, _get_message.OPERATION, (message_id,), None, options)
