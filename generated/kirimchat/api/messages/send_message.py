"""``POST /messages``: Send a WhatsApp message.

Low-level functions; most code calls ``client.messages.send(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.message_envelope import MessageEnvelope
from ...models.send_audio_message_request import SendAudioMessageRequest
from ...models.send_document_message_request import SendDocumentMessageRequest
from ...models.send_image_message_request import SendImageMessageRequest
from ...models.send_template_message_request import SendTemplateMessageRequest
from ...models.send_text_message_request import SendTextMessageRequest
from ...models.send_video_message_request import SendVideoMessageRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "post",
    "/messages",
    params=(
        Param("Idempotency-Key", "header", _rules.SEND_MESSAGE__IDEMPOTENCY_KEY, "idempotency_key"),
    ),
    body=_rules.SEND_MESSAGE__BODY,
    responses={202: MessageEnvelope.from_dict},
    response_rules={202: _rules.SEND_MESSAGE__RESPONSE_202},
)
"""``POST /messages`` (sendMessage), as the API description gives it."""


def _get_kwargs(
    *,
    body: SendAudioMessageRequest
    | SendDocumentMessageRequest
    | SendImageMessageRequest
    | SendTemplateMessageRequest
    | SendTextMessageRequest
    | SendVideoMessageRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    return OPERATION.request((idempotency_key,), body)


def _parse_response(response: httpx.Response, strict: bool = False) -> MessageEnvelope:
    return cast("MessageEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[MessageEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    *,
    body: SendAudioMessageRequest
    | SendDocumentMessageRequest
    | SendImageMessageRequest
    | SendTemplateMessageRequest
    | SendTextMessageRequest
    | SendVideoMessageRequest,
    idempotency_key: str | Unset = UNSET,
    client: KirimChat,
) -> Response[MessageEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


def sync(
    *,
    body: SendAudioMessageRequest
    | SendDocumentMessageRequest
    | SendImageMessageRequest
    | SendTemplateMessageRequest
    | SendTextMessageRequest
    | SendVideoMessageRequest,
    idempotency_key: str | Unset = UNSET,
    client: KirimChat,
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
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours and
                replays it for a request with the same key and body. The same key with another
                body is rejected. The kirimchat SDK sends one on every POST and keeps it across
                retries.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``MessageEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    *,
    body: SendAudioMessageRequest
    | SendDocumentMessageRequest
    | SendImageMessageRequest
    | SendTemplateMessageRequest
    | SendTextMessageRequest
    | SendVideoMessageRequest,
    idempotency_key: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> Response[MessageEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio(
    *,
    body: SendAudioMessageRequest
    | SendDocumentMessageRequest
    | SendImageMessageRequest
    | SendTemplateMessageRequest
    | SendTextMessageRequest
    | SendVideoMessageRequest,
    idempotency_key: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> MessageEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )
