"""``GET /me``: Introspect the calling API key.

Low-level functions; most code calls ``client.meta.get_me(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation
from ...models.me_envelope import MeEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "get",
    "/me",
    params=(),
    responses={200: MeEnvelope.from_dict},
    response_rules={200: _rules.GET_ME__RESPONSE_200},
)
"""``GET /me`` (getMe), as the API description gives it."""


def _get_kwargs() -> dict[str, Any]:
    return OPERATION.request(())


def _parse_response(response: httpx.Response, strict: bool = False) -> MeEnvelope:
    return cast("MeEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[MeEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(*, client: KirimChat) -> Response[MeEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs()), client.strict_response_validation)


def sync(*, client: KirimChat) -> MeEnvelope:
    """Introspect the calling API key.

        Returns the organisation, the API key and the rate-limit tier behind the bearer token: a
        cheap way for a script to check that its key works.

        Args:
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``MeEnvelope``.
    """
    return _parse_response(client.request(_get_kwargs()), client.strict_response_validation)


async def asyncio_detailed(*, client: AsyncKirimChat) -> Response[MeEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs()), client.strict_response_validation)


async def asyncio(*, client: AsyncKirimChat) -> MeEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(await client.request(_get_kwargs()), client.strict_response_validation)
