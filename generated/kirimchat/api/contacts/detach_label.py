"""``DELETE /contacts/{id}/labels/{label_id}``: Detach a label from a contact.

Low-level functions; most code calls ``client.contacts.detach_label(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.label_attachment_envelope import LabelAttachmentEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "delete",
    "/contacts/{id}/labels/{label_id}",
    params=(
        Param("id", "path", _rules.DETACH_LABEL__ID, "contact_id"),
        Param("label_id", "path", _rules.DETACH_LABEL__LABEL_ID, "label_id"),
    ),
    responses={200: LabelAttachmentEnvelope.from_dict},
    response_rules={200: _rules.DETACH_LABEL__RESPONSE_200},
)
"""``DELETE /contacts/{id}/labels/{label_id}`` (detachLabel), as the API description gives it."""


def _get_kwargs(id: str, label_id: str) -> dict[str, Any]:
    return OPERATION.request((id, label_id))


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
    id: str, label_id: str, *, client: KirimChat
) -> Response[LabelAttachmentEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(id=id, label_id=label_id)), client.strict_response_validation
    )


def sync(id: str, label_id: str, *, client: KirimChat) -> LabelAttachmentEnvelope:
    """Detach a label from a contact.

        Removes a label from a contact. The label and the contact stay; only the link goes.

        Detaching a label that is not attached succeeds and changes nothing, as attaching does. A
        contact or label of another organisation or team is `resource_not_found` (404). The result
        has the same shape as attach's, with `attached: false`.

        Args:
            id: The contact's id.
            label_id: The id of the label to detach.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``LabelAttachmentEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(id=id, label_id=label_id)), client.strict_response_validation
    )


async def asyncio_detailed(
    id: str, label_id: str, *, client: AsyncKirimChat
) -> Response[LabelAttachmentEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(id=id, label_id=label_id)),
        client.strict_response_validation,
    )


async def asyncio(id: str, label_id: str, *, client: AsyncKirimChat) -> LabelAttachmentEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id, label_id=label_id)),
        client.strict_response_validation,
    )
