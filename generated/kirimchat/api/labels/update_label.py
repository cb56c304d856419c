"""``PATCH /labels/{id}``: Update a label.

Low-level functions; most code calls ``client.labels.update(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.label_envelope import LabelEnvelope
from ...models.update_label_request import UpdateLabelRequest
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "patch",
    "/labels/{id}",
    params=(Param("id", "path", _rules.UPDATE_LABEL__ID, "label_id"),),
    body=_rules.UPDATE_LABEL__BODY,
    responses={200: LabelEnvelope.from_dict},
    response_rules={200: _rules.UPDATE_LABEL__RESPONSE_200},
)
"""``PATCH /labels/{id}`` (updateLabel), as the API description gives it."""


def _get_kwargs(id: str, *, body: UpdateLabelRequest) -> dict[str, Any]:
    return OPERATION.request((id,), body)


def _parse_response(response: httpx.Response, strict: bool = False) -> LabelEnvelope:
    return cast("LabelEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[LabelEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    id: str, *, body: UpdateLabelRequest, client: KirimChat
) -> Response[LabelEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


def sync(id: str, *, body: UpdateLabelRequest, client: KirimChat) -> LabelEnvelope:
    """Update a label.

        Renames or recolours a label; omitted fields keep their value, and an empty body changes
        nothing. A label cannot move to another team. A name already used in the label's team is a
        400 `invalid_field_value`.

        Args:
            id: The label's id.
            body: the request body.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``LabelEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


async def asyncio_detailed(
    id: str, *, body: UpdateLabelRequest, client: AsyncKirimChat
) -> Response[LabelEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


async def asyncio(id: str, *, body: UpdateLabelRequest, client: AsyncKirimChat) -> LabelEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )
