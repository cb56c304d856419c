"""``DELETE /labels/{id}``: Delete a label.

Low-level functions; most code calls ``client.labels.delete(...)`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import _rules
from ..._validation import check_argument, check_response
from ...errors import APIResponseValidationError
from ...models.deleted_label_envelope import DeletedLabelEnvelope
from ...types import Response

if TYPE_CHECKING:
    from ...client import AsyncKirimChat, KirimChat


def _get_kwargs(id: str) -> dict[str, Any]:
    check_argument(_rules.DELETE_LABEL__ID, id, "label_id")

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "path_template": "/labels/{id}",
        "url": "/labels/{id}".format(id=quote(str(id), safe="")),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DeletedLabelEnvelope:
    """The ``DeletedLabelEnvelope`` of a success response; a body of any other shape is an error."""
    try:
        data = response.json()
    except ValueError as error:
        raise APIResponseValidationError(response, f"the body is not JSON ({error})") from None
    problem = check_response(_rules.DELETE_LABEL__RESPONSE, data)
    if problem is not None:
        raise APIResponseValidationError(response, problem)
    try:
        return DeletedLabelEnvelope.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise APIResponseValidationError(response, f"{type(error).__name__}: {error}") from None


def _detailed(response: httpx.Response) -> Response[DeletedLabelEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(id: str, *, client: KirimChat) -> Response[DeletedLabelEnvelope]:
    """Like ``sync``, returning the status, headers and raw body with the parsed model."""
    return _detailed(client.request(_get_kwargs(id=id)))


def sync(id: str, *, client: KirimChat) -> DeletedLabelEnvelope:
    """Delete a label.

    Deletes a label for good: it is removed from every contact and conversation, which
    themselves stay. Its id is never reused: from then on it is unknown, and fetching,
    updating, attaching or detaching it is a 404 `resource_not_found` (our reading).

    Corrected: the vendor's example leaves out the required `id`.

    Args:
        id: The label's id.
        client: the ``KirimChat`` that sends the request.

    Raises:
        kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
        kirimchat.APIStatusError: the API answered with an error status (see its subclasses).
        kirimchat.APIConnectionError: no response, after the client's retries.

    Returns:
        The parsed ``DeletedLabelEnvelope``.
    """

    return _parse_response(client.request(_get_kwargs(id=id)))


async def asyncio_detailed(id: str, *, client: AsyncKirimChat) -> Response[DeletedLabelEnvelope]:
    """Like ``asyncio``, returning the status, headers and raw body with the parsed model."""
    return _detailed(await client.request(_get_kwargs(id=id)))


async def asyncio(id: str, *, client: AsyncKirimChat) -> DeletedLabelEnvelope:
    """The same as ``sync``, with an ``AsyncKirimChat``."""
    return _parse_response(await client.request(_get_kwargs(id=id)))
