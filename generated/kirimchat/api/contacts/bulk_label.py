"""``POST /contacts/bulk_label``: Attach or detach one label on many contacts.

Low-level functions; most code calls ``client.contacts.bulk_label(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.bulk_label_request import BulkLabelRequest
from ...models.bulk_label_result_envelope import BulkLabelResultEnvelope
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "post",
    "/contacts/bulk_label",
    params=(
        Param("Idempotency-Key", "header", _rules.BULK_LABEL__IDEMPOTENCY_KEY, "idempotency_key"),
    ),
    body=_rules.BULK_LABEL__BODY,
    responses={200: BulkLabelResultEnvelope.from_dict},
    response_rules={200: _rules.BULK_LABEL__RESPONSE_200},
)
"""``POST /contacts/bulk_label`` (bulkLabel), as the API description gives it."""


def _get_kwargs(*, body: BulkLabelRequest, idempotency_key: str | Unset = UNSET) -> dict[str, Any]:
    return OPERATION.request((idempotency_key,), body)


def _parse_response(response: httpx.Response, strict: bool = False) -> BulkLabelResultEnvelope:
    return cast("BulkLabelResultEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[BulkLabelResultEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    *, body: BulkLabelRequest, idempotency_key: str | Unset = UNSET, client: KirimChat
) -> Response[BulkLabelResultEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


def sync(
    *, body: BulkLabelRequest, idempotency_key: str | Unset = UNSET, client: KirimChat
) -> BulkLabelResultEnvelope:
    """Attach or detach one label on many contacts.

        Adds (`operation: attach`) or removes (`operation: detach`) one label on 1 to 1000
        contacts in a single transaction. Contacts of another organisation, or of another team than
        the label, are skipped and counted in `skipped_cross_org` and `skipped_team_mismatch`; they
        do not fail the request (unlike single attach, which answers 404). An id that is no contact
        of your organisation counts as `skipped_cross_org`; an id given twice counts once;
        `applied` counts every contact of the label's team, also those that already had (or, for
        `detach`, lacked) the label. An unknown label is a 404. Send an `Idempotency-Key`, as the
        vendor recommends for this call. The SDK's `bulk_attach_label`/`bulk_detach_label` helpers
        split any number of ids into chunks of at most 1000.

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
    The parsed ``BulkLabelResultEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    *, body: BulkLabelRequest, idempotency_key: str | Unset = UNSET, client: AsyncKirimChat
) -> Response[BulkLabelResultEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio(
    *, body: BulkLabelRequest, idempotency_key: str | Unset = UNSET, client: AsyncKirimChat
) -> BulkLabelResultEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )
