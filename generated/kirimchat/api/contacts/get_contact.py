"""``GET /contacts/{id}``: Fetch a contact.

Low-level functions; most code calls ``client.contacts.get(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import _rules
from ..._validation import check_argument, check_response
from ...errors import APIResponseValidationError
from ...models.contact_envelope import ContactEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat


def _get_kwargs(id: str) -> dict[str, Any]:
    check_argument(_rules.GET_CONTACT__ID, id, "contact_id")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "path_template": "/contacts/{id}",
        "url": "/contacts/{id}".format(id=quote(str(id), safe="")),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ContactEnvelope:
    """The ``ContactEnvelope`` of a success response; a body of any other shape is an error."""
    try:
        data = response.json()
    except ValueError as error:
        raise APIResponseValidationError(response, f"the body is not JSON ({error})") from None
    problem = check_response(_rules.GET_CONTACT__RESPONSE, data)
    if problem is not None:
        raise APIResponseValidationError(response, problem)
    try:
        return ContactEnvelope.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise APIResponseValidationError(response, f"{type(error).__name__}: {error}") from None


def _detailed(response: httpx.Response) -> Response[ContactEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(id: str, *, client: KirimChat) -> Response[ContactEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs(id=id)))


def sync(id: str, *, client: KirimChat) -> ContactEnvelope:
    """Fetch a contact.

    Returns one contact. A contact of another organisation is `resource_not_found` (404).

    Corrections to the vendor's page: it has no description, shows no pattern for `id` (we
    use the contact id pattern) and an example with only `id` and `object`.

    Args:
        id: The contact's id.
        client: the ``KirimChat`` that sends the request.

    Raises:
        kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
        kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
        kirimchat.APIConnectionError: no response, after the client's retries.

    Returns:
        The parsed ``ContactEnvelope``.
    """

    return _parse_response(client.request(_get_kwargs(id=id)))


async def asyncio_detailed(id: str, *, client: AsyncKirimChat) -> Response[ContactEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs(id=id)))


async def asyncio(id: str, *, client: AsyncKirimChat) -> ContactEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(await client.request(_get_kwargs(id=id)))
