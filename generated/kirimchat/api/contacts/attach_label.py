"""``POST /contacts/{id}/labels``: Attach a label to a contact.

Low-level functions; most code calls ``client.contacts.attach_label(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.attach_label_request import AttachLabelRequest
from ...models.label_attachment_envelope import LabelAttachmentEnvelope
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "post",
    "/contacts/{id}/labels",
    params=(
        Param("id", "path", _rules.ATTACH_LABEL__ID, "contact_id"),
        Param("Idempotency-Key", "header", _rules.ATTACH_LABEL__IDEMPOTENCY_KEY, "idempotency_key"),
    ),
    body=_rules.ATTACH_LABEL__BODY,
    responses={200: LabelAttachmentEnvelope.from_dict},
    response_rules={200: _rules.ATTACH_LABEL__RESPONSE_200},
)
"""``POST /contacts/{id}/labels`` (attachLabel), as the API description gives it."""


def _get_kwargs(
    id: str, *, body: AttachLabelRequest, idempotency_key: str | Unset = UNSET
) -> dict[str, Any]:
    return OPERATION.request((id, idempotency_key), body)


def _parse_response(response: httpx.Response, strict: bool = False) -> LabelAttachmentEnvelope:
    return cast("LabelAttachmentEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[LabelAttachmentEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    id: str, *, body: AttachLabelRequest, idempotency_key: str | Unset = UNSET, client: KirimChat
) -> Response[LabelAttachmentEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(id=id, body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


def sync(
    id: str, *, body: AttachLabelRequest, idempotency_key: str | Unset = UNSET, client: KirimChat
) -> LabelAttachmentEnvelope:
    """Attach a label to a contact.

        Attaches an existing label to a contact.

        The call is idempotent: attaching a label that is already attached changes nothing and
        still succeeds with `attached: true`. The label and the contact must belong to the same
        team; a contact or label of another organisation or another team is reported as
        `resource_not_found` (404), never as 403.

        Attaching counts against the organisation's *write* rate-limit bucket.

        Args:
            id: The contact's id.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours and
                replays it for a request with the same key and body. The same key with another
                body is rejected. The kirimchat SDK sends one on every POST and keeps it across
                retries.
            body: the request body.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``LabelAttachmentEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(id=id, body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    id: str,
    *,
    body: AttachLabelRequest,
    idempotency_key: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> Response[LabelAttachmentEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(id=id, body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio(
    id: str,
    *,
    body: AttachLabelRequest,
    idempotency_key: str | Unset = UNSET,
    client: AsyncKirimChat,
) -> LabelAttachmentEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id, body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )
