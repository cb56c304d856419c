"""``PATCH /contacts/{id}``: Update a contact.

Low-level functions; most code calls ``client.contacts.update(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.contact_envelope import ContactEnvelope
from ...models.update_contact_request import UpdateContactRequest
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "patch",
    "/contacts/{id}",
    params=(Param("id", "path", _rules.UPDATE_CONTACT__ID, "contact_id"),),
    body=_rules.UPDATE_CONTACT__BODY,
    responses={200: ContactEnvelope.from_dict},
    response_rules={200: _rules.UPDATE_CONTACT__RESPONSE_200},
)
"""``PATCH /contacts/{id}`` (updateContact), as the API description gives it."""


def _get_kwargs(id: str, *, body: UpdateContactRequest) -> dict[str, Any]:
    return OPERATION.request((id,), body)


def _parse_response(response: httpx.Response, strict: bool = False) -> ContactEnvelope:
    return cast("ContactEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[ContactEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    id: str, *, body: UpdateContactRequest, client: KirimChat
) -> Response[ContactEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


def sync(id: str, *, body: UpdateContactRequest, client: KirimChat) -> ContactEnvelope:
    """Update a contact.

        Changes a contact's name, email or metadata; omitted fields keep their value and null
        clears one. `metadata` replaces the old pairs whole. A change fires `contact.updated`
        with the names of the changed fields.

        Args:
            id: The contact's id.
            body: the request body.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``ContactEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


async def asyncio_detailed(
    id: str, *, body: UpdateContactRequest, client: AsyncKirimChat
) -> Response[ContactEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )


async def asyncio(
    id: str, *, body: UpdateContactRequest, client: AsyncKirimChat
) -> ContactEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id, body=body)), client.strict_response_validation
    )
