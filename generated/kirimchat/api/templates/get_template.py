"""``GET /templates/{id}``: Fetch a message template.

Low-level functions; most code calls ``client.templates.get(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.template_envelope import TemplateEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/templates/{id}",
    params=(Param("id", "path", _rules.GET_TEMPLATE__ID, "template_id"),),
    responses={200: TemplateEnvelope.from_dict},
    response_rules={200: _rules.GET_TEMPLATE__RESPONSE_200},
)
"""``GET /templates/{id}`` (getTemplate), as the API description gives it."""


def _get_kwargs(id: str) -> dict[str, Any]:
    return OPERATION.request((id,))


def _parse_response(response: httpx.Response, strict: bool = False) -> TemplateEnvelope:
    return cast("TemplateEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[TemplateEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(id: str, *, client: KirimChat) -> Response[TemplateEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs(id=id)), client.strict_response_validation)


def sync(id: str, *, client: KirimChat) -> TemplateEnvelope:
    """Fetch a message template.

        Returns one template. A template of another organisation is `resource_not_found` (404).

        Args:
            id: The template's id.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``TemplateEnvelope``.
    """
    return _parse_response(client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio_detailed(id: str, *, client: AsyncKirimChat) -> Response[TemplateEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs(id=id)), client.strict_response_validation)


async def asyncio(id: str, *, client: AsyncKirimChat) -> TemplateEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id)), client.strict_response_validation
    )
