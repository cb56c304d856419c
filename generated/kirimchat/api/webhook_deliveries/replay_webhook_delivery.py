"""``POST /webhook_deliveries/{id}/replay``: Replay a webhook delivery.

Low-level functions; most code calls ``client.webhook_deliveries.replay(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.webhook_delivery_envelope import WebhookDeliveryEnvelope
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "post",
    "/webhook_deliveries/{id}/replay",
    params=(
        Param("id", "path", _rules.REPLAY_WEBHOOK_DELIVERY__ID, "webhook_delivery_id"),
        Param(
            "Idempotency-Key",
            "header",
            _rules.REPLAY_WEBHOOK_DELIVERY__IDEMPOTENCY_KEY,
            "idempotency_key",
        ),
    ),
    responses={202: WebhookDeliveryEnvelope.from_dict},
    response_rules={202: _rules.REPLAY_WEBHOOK_DELIVERY__RESPONSE_202},
)
"""``POST /webhook_deliveries/{id}/replay`` (replayWebhookDelivery), as the API description gives it."""


def _get_kwargs(id: str, *, idempotency_key: str | Unset = UNSET) -> dict[str, Any]:
    return OPERATION.request((id, idempotency_key))


def _parse_response(response: httpx.Response, strict: bool = False) -> WebhookDeliveryEnvelope:
    return cast("WebhookDeliveryEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[WebhookDeliveryEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    id: str, *, idempotency_key: str | Unset = UNSET, client: KirimChat
) -> Response[WebhookDeliveryEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(id=id, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


def sync(
    id: str, *, idempotency_key: str | Unset = UNSET, client: KirimChat
) -> WebhookDeliveryEnvelope:
    """Replay a webhook delivery.

        Sends a delivery's event again to its subscription's URL. The replay is a new delivery
        (its `replayed_from` names the original, which stays for audit); it is answered at
        once with status `pending`, and attempted right after. Send an `Idempotency-Key` to
        make a retried replay safe.

        Args:
            id: The webhook delivery's id.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours and
                replays it for a request with the same key and body. The same key with another
                body is rejected. The kirimchat SDK sends one on every POST and keeps it across
                retries.
            client: the ``KirimChat`` that sends the request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
            kirimchat.APIConnectionError: no response, after the client's retries.

        Returns:
    The parsed ``WebhookDeliveryEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(id=id, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    id: str, *, idempotency_key: str | Unset = UNSET, client: AsyncKirimChat
) -> Response[WebhookDeliveryEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(id=id, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio(
    id: str, *, idempotency_key: str | Unset = UNSET, client: AsyncKirimChat
) -> WebhookDeliveryEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(id=id, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )
