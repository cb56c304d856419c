"""``POST /labels``: Create a label.

Low-level functions; most code calls ``client.labels.create(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import _rules
from ..._operations import Operation, Param
from ...models.create_label_request import CreateLabelRequest
from ...models.label_envelope import LabelEnvelope
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat

OPERATION = Operation(
    "post",
    "/labels",
    params=(
        Param("Idempotency-Key", "header", _rules.CREATE_LABEL__IDEMPOTENCY_KEY, "idempotency_key"),
    ),
    body=_rules.CREATE_LABEL__BODY,
    responses={201: LabelEnvelope.from_dict},
    response_rules={201: _rules.CREATE_LABEL__RESPONSE_201},
)
"""``POST /labels`` (createLabel), as the API description gives it."""


def _get_kwargs(
    *, body: CreateLabelRequest, idempotency_key: str | Unset = UNSET
) -> dict[str, Any]:
    return OPERATION.request((idempotency_key,), body)


def _parse_response(response: httpx.Response, strict: bool = False) -> LabelEnvelope:
    return cast("LabelEnvelope", OPERATION.parse(response, strict))


def _detailed(response: httpx.Response, strict: bool) -> Response[LabelEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict),
    )


def sync_detailed(
    *, body: CreateLabelRequest, idempotency_key: str | Unset = UNSET, client: KirimChat
) -> Response[LabelEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


def sync(
    *, body: CreateLabelRequest, idempotency_key: str | Unset = UNSET, client: KirimChat
) -> LabelEnvelope:
    """Create a label.

        Creates a label. An organisation with one team needs no `team_id`; one with several must
        send it (without it: 400 `missing_required_field`, `param` `team_id`). A `team_id` that is
        not one of the organisation's teams is a 400 `invalid_field_value`. Names are unique within
        a team: a duplicate is a 400 with code `invalid_field_value` (not a 409). `color` defaults
        to `gray`.

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
    The parsed ``LabelEnvelope``.
    """
    return _parse_response(
        client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio_detailed(
    *, body: CreateLabelRequest, idempotency_key: str | Unset = UNSET, client: AsyncKirimChat
) -> Response[LabelEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(
        await client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )


async def asyncio(
    *, body: CreateLabelRequest, idempotency_key: str | Unset = UNSET, client: AsyncKirimChat
) -> LabelEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(
        await client.request(_get_kwargs(body=body, idempotency_key=idempotency_key)),
        client.strict_response_validation,
    )
