"""``PATCH /labels/{id}``: Update a label.

Low-level functions; most code calls ``client.labels.update(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import _rules
from ..._validation import check_argument, check_response
from ...errors import APIResponseValidationError, ParamValidationError
from ...models.label_envelope import LabelEnvelope
from ...models.update_label_request import UpdateLabelRequest
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat


def _get_kwargs(id: str, *, body: UpdateLabelRequest) -> dict[str, Any]:
    check_argument(_rules.UPDATE_LABEL__ID, id, "label_id")
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "path_template": "/labels/{id}",
        "url": "/labels/{id}".format(id=quote(str(id), safe="")),
    }

    try:
        _kwargs["json"] = body.to_dict()

    except (AttributeError, TypeError, ValueError) as error:
        # A field of the wrong type that cannot even be encoded; the rules below name the others.
        raise ParamValidationError("body", body, f"cannot be encoded as JSON: {error}") from None
    headers["Content-Type"] = "application/json"
    check_argument(_rules.UPDATE_LABEL__BODY, _kwargs["json"], "")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LabelEnvelope:
    """The ``LabelEnvelope`` of a success response; a body of any other shape is an error."""
    try:
        data = response.json()
    except ValueError as error:
        raise APIResponseValidationError(response, f"the body is not JSON ({error})") from None
    problem = check_response(_rules.UPDATE_LABEL__RESPONSE, data)
    if problem is not None:
        raise APIResponseValidationError(response, problem)
    try:
        return LabelEnvelope.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise APIResponseValidationError(response, f"{type(error).__name__}: {error}") from None


def _detailed(response: httpx.Response) -> Response[LabelEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    id: str, *, body: UpdateLabelRequest, client: KirimChat
) -> Response[LabelEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs(id=id, body=body)))


def sync(id: str, *, body: UpdateLabelRequest, client: KirimChat) -> LabelEnvelope:
    """Update a label.

    Renames or recolours a label; omitted fields keep their value. A label cannot move to
    another team. A name already used in the label's team is a 400 `invalid_field_value`.

    The vendor's page has no description and shows no "at least one field" rule, so an
    empty body is accepted and changes nothing (our reading).

    Args:
        id: The label's id.
        body: the request body.
        client: the ``KirimChat`` that sends the request.

    Raises:
        kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
        kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
        kirimchat.APIConnectionError: no response, after the client's retries.

    Returns:
        The parsed ``LabelEnvelope``.
    """

    return _parse_response(client.request(_get_kwargs(id=id, body=body)))


async def asyncio_detailed(
    id: str, *, body: UpdateLabelRequest, client: AsyncKirimChat
) -> Response[LabelEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs(id=id, body=body)))


async def asyncio(id: str, *, body: UpdateLabelRequest, client: AsyncKirimChat) -> LabelEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(await client.request(_get_kwargs(id=id, body=body)))
