"""``POST /contacts``: Create a contact.

Low-level functions; most code calls ``client.contacts.create(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.contact_envelope import ContactEnvelope
from ...models.create_contact_request import CreateContactRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "post",
    "/contacts",
    params=(
        Param(
            "Idempotency-Key", "header", _rules.CREATE_CONTACT__IDEMPOTENCY_KEY, "idempotency_key"
        ),
    ),
    body=_rules.CREATE_CONTACT__BODY,
    responses={201: ContactEnvelope.from_dict},
    response_rules={201: _rules.CREATE_CONTACT__RESPONSE_201},
)
"""``POST /contacts`` (createContact), as the API description gives it."""


def _get_kwargs(
    *, body: CreateContactRequest, idempotency_key: str | Unset = UNSET
) -> dict[str, Any]:
    return OPERATION.request((idempotency_key,), body)


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
    *, body: CreateContactRequest, idempotency_key: str | Unset = UNSET, client: KirimChat
) -> Response[ContactEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


def sync(
    *, body: CreateContactRequest, idempotency_key: str | Unset = UNSET, client: KirimChat
) -> ContactEnvelope:
    """Create a contact.

        Creates a contact attached to a connected WhatsApp account. An organisation with one
        account needs no `from`; one with several must send `from`, the account's number (without
        it: 400 `missing_required_field`, `param` `from`). A `from` that is not one of the
        organisation's accounts is a 400 `invalid_field_value`. Fires the `contact.created`
        webhook event.

        Args:
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
    The parsed ``ContactEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    *, body: CreateContactRequest, idempotency_key: str | Unset = UNSET, client: AsyncKirimChat
) -> Response[ContactEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio(
    *, body: CreateContactRequest, idempotency_key: str | Unset = UNSET, client: AsyncKirimChat
) -> ContactEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )
