"""``GET /labels/{id}``: Fetch a label.

Low-level functions; most code calls ``client.labels.get(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.label_envelope import LabelEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/labels/{id}",
    params=(Param("id", "path", _rules.GET_LABEL__ID, "label_id"),),
    responses={200: LabelEnvelope.from_dict},
    response_rules={200: _rules.GET_LABEL__RESPONSE_200},
)
"""``GET /labels/{id}`` (getLabel), as the API description gives it."""


def _get_kwargs(id: str) -> dict[str, Any]:
    return OPERATION.request((id,))


def _parse_response(response: httpx.Response, strict: bool = False) -> LabelEnvelope:
    return cast("LabelEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[LabelEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(id: str, *, client: KirimChat) -> Response[LabelEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs(id=id)), client.strict_response_validation)


def sync(id: str, *, client: KirimChat) -> LabelEnvelope:
    """Fetch a label.

        Returns one label. A label of another organisation is `resource_not_found` (404).

        Args:
            id: The label's id.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``LabelEnvelope``.
    """
    return _parse_response(client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio_detailed(id: str, *, client: AsyncKirimChat) -> Response[LabelEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio(id: str, *, client: AsyncKirimChat) -> LabelEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id)), client.strict_response_validation
    )
