from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attach_label_request import AttachLabelRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.label_attachment_envelope import LabelAttachmentEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: AttachLabelRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/{id}/labels".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LabelAttachmentEnvelope | None:
    if response.status_code == 200:
        response_200 = LabelAttachmentEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | LabelAttachmentEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachLabelRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | LabelAttachmentEnvelope]:
    """Attach a label to a contact

     Attaches an existing label to a contact.

    The call is idempotent: attaching a label that is already attached changes nothing and
    still succeeds with `attached: true`. The label and the contact must belong to the same
    team; a contact or label of another organisation or another team is reported as
    `resource_not_found` (404), never as 403.

    Attaching counts against the organisation's *write* rate-limit bucket.

    Corrections to the vendor's page: it prints no status codes (200, 400, 401, 404, 429
    and 500 come from the concept pages); its request example sends `"label_id": "example"`
    and its path uses `/contacts/example/labels`, both of which break their own patterns;
    its success example omits `contact_id`, `label_id` and `request_id`; and every error
    example is the same `invalid_phone_number` placeholder without `message`. Each example
    here is our own and validates against its schema.

    Args:
        id (str): A contact id; `ctc_` and 26 upper-case Crockford base32 characters.
        idempotency_key (str | Unset):
        body (AttachLabelRequest): Which label to attach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LabelAttachmentEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachLabelRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | LabelAttachmentEnvelope | None:
    """Attach a label to a contact

     Attaches an existing label to a contact.

    The call is idempotent: attaching a label that is already attached changes nothing and
    still succeeds with `attached: true`. The label and the contact must belong to the same
    team; a contact or label of another organisation or another team is reported as
    `resource_not_found` (404), never as 403.

    Attaching counts against the organisation's *write* rate-limit bucket.

    Corrections to the vendor's page: it prints no status codes (200, 400, 401, 404, 429
    and 500 come from the concept pages); its request example sends `"label_id": "example"`
    and its path uses `/contacts/example/labels`, both of which break their own patterns;
    its success example omits `contact_id`, `label_id` and `request_id`; and every error
    example is the same `invalid_phone_number` placeholder without `message`. Each example
    here is our own and validates against its schema.

    Args:
        id (str): A contact id; `ctc_` and 26 upper-case Crockford base32 characters.
        idempotency_key (str | Unset):
        body (AttachLabelRequest): Which label to attach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LabelAttachmentEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachLabelRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | LabelAttachmentEnvelope]:
    """Attach a label to a contact

     Attaches an existing label to a contact.

    The call is idempotent: attaching a label that is already attached changes nothing and
    still succeeds with `attached: true`. The label and the contact must belong to the same
    team; a contact or label of another organisation or another team is reported as
    `resource_not_found` (404), never as 403.

    Attaching counts against the organisation's *write* rate-limit bucket.

    Corrections to the vendor's page: it prints no status codes (200, 400, 401, 404, 429
    and 500 come from the concept pages); its request example sends `"label_id": "example"`
    and its path uses `/contacts/example/labels`, both of which break their own patterns;
    its success example omits `contact_id`, `label_id` and `request_id`; and every error
    example is the same `invalid_phone_number` placeholder without `message`. Each example
    here is our own and validates against its schema.

    Args:
        id (str): A contact id; `ctc_` and 26 upper-case Crockford base32 characters.
        idempotency_key (str | Unset):
        body (AttachLabelRequest): Which label to attach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LabelAttachmentEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachLabelRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | LabelAttachmentEnvelope | None:
    """Attach a label to a contact

     Attaches an existing label to a contact.

    The call is idempotent: attaching a label that is already attached changes nothing and
    still succeeds with `attached: true`. The label and the contact must belong to the same
    team; a contact or label of another organisation or another team is reported as
    `resource_not_found` (404), never as 403.

    Attaching counts against the organisation's *write* rate-limit bucket.

    Corrections to the vendor's page: it prints no status codes (200, 400, 401, 404, 429
    and 500 come from the concept pages); its request example sends `"label_id": "example"`
    and its path uses `/contacts/example/labels`, both of which break their own patterns;
    its success example omits `contact_id`, `label_id` and `request_id`; and every error
    example is the same `invalid_phone_number` placeholder without `message`. Each example
    here is our own and validates against its schema.

    Args:
        id (str): A contact id; `ctc_` and 26 upper-case Crockford base32 characters.
        idempotency_key (str | Unset):
        body (AttachLabelRequest): Which label to attach.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LabelAttachmentEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
