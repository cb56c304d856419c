"""``GET /me``: Introspect the calling API key.

Low-level functions; most code calls ``client.meta.get_me(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import _rules
from ..._validation import check_response
from ...errors import APIResponseValidationError
from ...models.me_envelope import MeEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": "get", "url": "/me"}

    return _kwargs


def _parse_response(response: httpx.Response) -> MeEnvelope:
    """The ``MeEnvelope`` of a success response; a body of any other shape is an error."""
    try:
        data = response.json()
    except ValueError as error:
        raise APIResponseValidationError(response, f"the body is not JSON ({error})") from None
    problem = check_response(_rules.GET_ME__RESPONSE, data)
    if problem is not None:
        raise APIResponseValidationError(response, problem)
    try:
        return MeEnvelope.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise APIResponseValidationError(response, f"{type(error).__name__}: {error}") from None


def _detailed(response: httpx.Response) -> Response[MeEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(*, client: KirimChat) -> Response[MeEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs()))


def sync(*, client: KirimChat) -> MeEnvelope:
    """Introspect the calling API key.

    Returns the organisation, the API key and the rate-limit tier behind the bearer
    token: a cheap way for a script to check that its key works.

    Corrected: the vendor's example shows only the `org_` and `key_` ids.

    Args:
        client: the ``KirimChat`` that sends the request.

    Raises:
        kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
        kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
        kirimchat.APIConnectionError: no response, after the client's retries.

    Returns:
        The parsed ``MeEnvelope``.
    """

    return _parse_response(client.request(_get_kwargs()))


async def asyncio_detailed(*, client: AsyncKirimChat) -> Response[MeEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs()))


async def asyncio(*, client: AsyncKirimChat) -> MeEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(await client.request(_get_kwargs()))
