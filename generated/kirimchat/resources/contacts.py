"""``client.contacts``: The people a WhatsApp account talks to, and the labels attached to them. Contact ids
look like `ctc_01HXYZABCDEFGHJKMNPQRSTVWX`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import RequestOptions, Timeout
from .._response import APIResponse
from ..api.contacts import attach_label as _attach_label
from ..models.attach_label_request import AttachLabelRequest
from ..models.label_attachment_envelope import LabelAttachmentEnvelope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..client import AsyncKirimChat, KirimChat

__all__ = ["Contacts", "AsyncContacts", "ContactsWithRawResponse", "AsyncContactsWithRawResponse"]


class Contacts:
    """Contacts: The people a WhatsApp account talks to, and the labels attached to them. Contact ids
    look like `ctc_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ContactsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return ContactsWithRawResponse(self._client)

    def attach_label(
        self,
        contact_id: str,
        *,
        label_id: str,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> LabelAttachmentEnvelope:
        """Attach a label to a contact.

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
            contact_id: The contact's id.
            label_id: A label id; `lbl_` and 26 upper-case Crockford base32 characters.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.

        Returns:
            The parsed ``LabelAttachmentEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        response = self._client.request(
            _attach_label._get_kwargs(
                id=contact_id,
                body=AttachLabelRequest(
                    label_id=label_id,
                ),
                idempotency_key=idempotency_key,
            ),
            RequestOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries),
        )
        return _attach_label._parse_response(response)


class ContactsWithRawResponse:
    """``client.contacts.with_raw_response``: each call returns an ``APIResponse``."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    def attach_label(
        self,
        contact_id: str,
        *,
        label_id: str,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIResponse[LabelAttachmentEnvelope]:
        """Like ``Contacts.attach_label``, returning the raw ``APIResponse``; ``.parse()`` gives the ``LabelAttachmentEnvelope``."""
        response = self._client.request(
            _attach_label._get_kwargs(
                id=contact_id,
                body=AttachLabelRequest(
                    label_id=label_id,
                ),
                idempotency_key=idempotency_key,
            ),
            RequestOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries),
        )
        return APIResponse(response, _attach_label._parse_response)


class AsyncContacts:
    """Contacts (async): The people a WhatsApp account talks to, and the labels attached to them. Contact ids
    look like `ctc_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncContactsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncContactsWithRawResponse(self._client)

    async def attach_label(
        self,
        contact_id: str,
        *,
        label_id: str,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> LabelAttachmentEnvelope:
        """Attach a label to a contact.

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
            contact_id: The contact's id.
            label_id: A label id; `lbl_` and 26 upper-case Crockford base32 characters.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.

        Returns:
            The parsed ``LabelAttachmentEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        response = await self._client.request(
            _attach_label._get_kwargs(
                id=contact_id,
                body=AttachLabelRequest(
                    label_id=label_id,
                ),
                idempotency_key=idempotency_key,
            ),
            RequestOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries),
        )
        return _attach_label._parse_response(response)


class AsyncContactsWithRawResponse:
    """``client.contacts.with_raw_response``: each call returns an ``APIResponse``."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    async def attach_label(
        self,
        contact_id: str,
        *,
        label_id: str,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIResponse[LabelAttachmentEnvelope]:
        """Like ``AsyncContacts.attach_label``, returning the raw ``APIResponse``; ``.parse()`` gives the ``LabelAttachmentEnvelope``."""
        response = await self._client.request(
            _attach_label._get_kwargs(
                id=contact_id,
                body=AttachLabelRequest(
                    label_id=label_id,
                ),
                idempotency_key=idempotency_key,
            ),
            RequestOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries),
        )
        return APIResponse(response, _attach_label._parse_response)
