"""``DELETE /labels/{id}``: Delete a label.

Low-level functions; most code calls ``client.labels.delete(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.deleted_label_envelope import DeletedLabelEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "delete",
    "/labels/{id}",
    params=(Param("id", "path", _rules.DELETE_LABEL__ID, "label_id"),),
    responses={200: DeletedLabelEnvelope.from_dict},
    response_rules={200: _rules.DELETE_LABEL__RESPONSE_200},
)
"""``DELETE /labels/{id}`` (deleteLabel), as the API description gives it."""


def _get_kwargs(id: str) -> dict[str, Any]:
    return OPERATION.request((id,))


def _parse_response(response: httpx.Response, strict: bool = False) -> DeletedLabelEnvelope:
    return cast("DeletedLabelEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[DeletedLabelEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(id: str, *, client: KirimChat) -> Response[DeletedLabelEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs(id=id)), client.strict_response_validation)


def sync(id: str, *, client: KirimChat) -> DeletedLabelEnvelope:
    """Delete a label.

        Deletes a label for good: it is removed from every contact and conversation, which
        themselves stay. Its id is never reused: from then on it is unknown, and fetching, updating,
        attaching or detaching it is a 404 `resource_not_found`.

        Args:
            id: The label's id.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``DeletedLabelEnvelope``.
    """
    return _parse_response(client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio_detailed(id: str, *, client: AsyncKirimChat) -> Response[DeletedLabelEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio(id: str, *, client: AsyncKirimChat) -> DeletedLabelEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id)), client.strict_response_validation
    )
