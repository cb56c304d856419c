# Generated from openapi.yaml by `make generate` with templates/kirimchat/resources/{tag}.py.jinja: edit that, not this file.
"""``client.contacts``: The people a WhatsApp account talks to, and the labels attached to them. Contact ids
look like `ctc_01HXYZABCDEFGHJKMNPQRSTVWX`."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .. import _api, _bulk_calls, params
from .._base_client import RequestOptions, Timeout
from .._operations import acall, apaginate, call, paginate
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.bulk_label_result import BulkLabelResult
from ..models.contact import Contact
from ..models.label_attachment import LabelAttachment
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
        return ContactsWithRawResponse(self)

    def attach_label(
        self,
        contact_id: str,
        *,
        label_id: params.LabelId,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LabelAttachment:
        """Attach a label to a contact.

        Attaches an existing label to a contact.

        The call is idempotent: attaching a label that is already attached changes nothing and
        still succeeds with `attached: true`. The label and the contact must belong to the same
        team; a contact or label of another organisation or another team is reported as
        `resource_not_found` (404), never as 403.

        Attaching counts against the organisation's *write* rate-limit bucket.

        Args:
            contact_id: The contact's id.
            label_id: A label id; `lbl_` and 26 upper-case Crockford base32 characters.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``LabelAttachment``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: LabelAttachment = call(
            self._client,
            _api.ATTACH_LABEL,
            (contact_id, idempotency_key),
            {"label_id": label_id},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result

    def detach_label(
        self,
        contact_id: str,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> LabelAttachment:
        """Detach a label from a contact.

        Removes a label from a contact. The label and the contact stay; only the link goes.

        Detaching a label that is not attached succeeds and changes nothing, as attaching does.
        A
        contact or label of another organisation or team is `resource_not_found` (404). The
        result
        has the same shape as attach's, with `attached: false`.

        Args:
            contact_id: The contact's id.
            label_id: The id of the label to detach.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``LabelAttachment``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: LabelAttachment = call(
            self._client,
            _api.DETACH_LABEL,
            (contact_id, label_id),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    def bulk_label(
        self,
        *,
        contact_ids: builtins.list[params.ContactId],
        label_id: params.LabelId,
        operation: params.BulkLabelOperation,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BulkLabelResult:
        """Attach or detach one label on many contacts.

        Adds (`operation: attach`) or removes (`operation: detach`) one label on 1 to 1000
        contacts in a single transaction. Contacts of another organisation, or of another team
        than
        the label, are skipped and counted in `skipped_cross_org` and `skipped_team_mismatch`;
        they
        do not fail the request (unlike single attach, which answers 404). An id that is no
        contact
        of your organisation counts as `skipped_cross_org`; an id given twice counts once;
        `applied` counts every contact of the label's team, also those that already had (or, for
        `detach`, lacked) the label. An unknown label is a 404. Send an `Idempotency-Key`, as
        the
        vendor recommends for this call. The SDK's `bulk_attach_label`/`bulk_detach_label`
        helpers
        split any number of ids into chunks of at most 1000.

        Args:
            contact_ids: The contacts, 1 to 1000 of them.
            label_id: A label id; `lbl_` and 26 upper-case Crockford base32 characters.
            operation: Whether to attach or detach the label.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``BulkLabelResult``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: BulkLabelResult = call(
            self._client,
            _api.BULK_LABEL,
            (idempotency_key,),
            {"contact_ids": contact_ids, "label_id": label_id, "operation": operation},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result

    def bulk_attach_label(
        self,
        label_id: params.LabelId,
        contact_ids: Iterable[str],
        *,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BulkLabelResult:
        """Attach a label to any number of contacts, 1000 per request.

        Sends ``bulk_label`` once per 1000 ids, in order, each request with its own
        idempotency key, and returns the summed counts. Every request is built and checked
        before the first is sent, so a malformed id anywhere sends nothing.

        Args:
            label_id: A label id; `lbl_` and 26 upper-case Crockford base32 characters.
            contact_ids: any number of ids.
            idempotency_key: the key of a failed call, to resume it (see ``BulkOperationError``).
            extra_headers: more headers for each request.
            timeout: seconds (or an ``httpx.Timeout``) for each request, its retries and
                waits included, instead of the client's.
            max_retries: retries for each request instead of the client's.
            extra_query: more query parameters for each request.
            extra_body: more fields for each request's JSON body.

        Returns:
            The sums of applied, skipped_cross_org, skipped_team_mismatch over every request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.BulkOperationError: a request failed after its retries; it carries the
                totals so far, the ids not processed and the key to resume with, and says
                whether the failed request ``may_have_been_applied`` (resuming with its
                ``idempotency_key`` applies it at most once either way).
        """

        bulk = _bulk_calls.plan(
            _api.BULK_LABEL,
            "contact_ids",
            contact_ids,
            1000,
            lambda chunk: {"contact_ids": chunk, "label_id": label_id, "operation": "attach"},
            idempotency_key,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return _bulk_calls.run(
            bulk,
            self._client.request,
            self._client.strict_response_validation,
            BulkLabelResult,
            ["applied", "skipped_cross_org", "skipped_team_mismatch"],
        )

    def bulk_detach_label(
        self,
        label_id: params.LabelId,
        contact_ids: Iterable[str],
        *,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BulkLabelResult:
        """Detach a label from any number of contacts, 1000 per request.

        Sends ``bulk_label`` once per 1000 ids, in order, each request with its own
        idempotency key, and returns the summed counts. Every request is built and checked
        before the first is sent, so a malformed id anywhere sends nothing.

        Args:
            label_id: A label id; `lbl_` and 26 upper-case Crockford base32 characters.
            contact_ids: any number of ids.
            idempotency_key: the key of a failed call, to resume it (see ``BulkOperationError``).
            extra_headers: more headers for each request.
            timeout: seconds (or an ``httpx.Timeout``) for each request, its retries and
                waits included, instead of the client's.
            max_retries: retries for each request instead of the client's.
            extra_query: more query parameters for each request.
            extra_body: more fields for each request's JSON body.

        Returns:
            The sums of applied, skipped_cross_org, skipped_team_mismatch over every request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.BulkOperationError: a request failed after its retries; it carries the
                totals so far, the ids not processed and the key to resume with, and says
                whether the failed request ``may_have_been_applied`` (resuming with its
                ``idempotency_key`` applies it at most once either way).
        """

        bulk = _bulk_calls.plan(
            _api.BULK_LABEL,
            "contact_ids",
            contact_ids,
            1000,
            lambda chunk: {"contact_ids": chunk, "label_id": label_id, "operation": "detach"},
            idempotency_key,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return _bulk_calls.run(
            bulk,
            self._client.request,
            self._client.strict_response_validation,
            BulkLabelResult,
            ["applied", "skipped_cross_org", "skipped_team_mismatch"],
        )

    def list(
        self,
        *,
        phone: str | Unset = UNSET,
        search: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPage[Contact]:
        """List contacts.

        Lists the contacts of the whole organisation, newest first, one page at a time. Filter
        by an exact E.164 `phone`, or by `search`, a partial, case-insensitive match on name and
        email.

        Args:
            phone: Only the contact with this phone number, in E.164 form (`+` and digits).
            search: A partial, case-insensitive match on the contact's name or email.
            limit: Items per page, from 1 to 100 (default 25); outside that range the API
                answers 400 `invalid_limit`. Default: ``25``.
            cursor: The previous page's `next_cursor`, passed back verbatim with the same
                filters. Cursors are opaque and tamper-evident: a modified one is a 400
                `invalid_cursor`.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The first ``SyncPage``; iterating over it yields every Contact of every
            page, fetching each page when reached.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: SyncPage[Contact] = paginate(
            self._client,
            _api.LIST_CONTACTS,
            (phone, search, limit, cursor),
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    def create(
        self,
        *,
        phone_number: params.PhoneNumber,
        from_: params.PhoneNumber | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | None | Unset = UNSET,
        metadata: params.Metadata | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contact:
        """Create a contact.

        Creates a contact attached to a connected WhatsApp account. An organisation with one
        account needs no `from`; one with several must send `from`, the account's number
        (without
        it: 400 `missing_required_field`, `param` `from`). A `from` that is not one of the
        organisation's accounts is a 400 `invalid_field_value`. Fires the `contact.created`
        webhook event.

        Args:
            from_: The number of the WhatsApp account to attach the contact to; required when
                the organisation has more than one account.
            phone_number: A phone number in E.164 form, a `+` and 7 to 15 digits.
            name: The contact's name.
            email: The contact's email address.
            metadata: Free-form key/value pairs of your own, with string values.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``Contact``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: Contact = call(
            self._client,
            _api.CREATE_CONTACT,
            (idempotency_key,),
            {
                "from": from_,
                "phone_number": phone_number,
                "name": name,
                "email": email,
                "metadata": metadata,
            },
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result

    def get(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Contact:
        """Fetch a contact.

        Returns one contact. A contact of another organisation is `resource_not_found` (404).

        Args:
            contact_id: The contact's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Contact``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Contact = call(
            self._client,
            _api.GET_CONTACT,
            (contact_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    def update(
        self,
        contact_id: str,
        *,
        name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        metadata: params.Metadata | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contact:
        """Update a contact.

        Changes a contact's name, email or metadata; omitted fields keep their value and null
        clears one. `metadata` replaces the old pairs whole. A change fires `contact.updated`
        with the names of the changed fields.

        Args:
            contact_id: The contact's id.
            name: The contact's name.
            email: The contact's email address.
            metadata: Your key/value pairs; they replace the old ones whole.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``Contact``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: Contact = call(
            self._client,
            _api.UPDATE_CONTACT,
            (contact_id,),
            {"name": name, "email": email, "metadata": metadata},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result


class ContactsWithRawResponse:
    """``client.contacts.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, contacts: Contacts) -> None:
        self.attach_label = to_raw_response_wrapper(contacts.attach_label)
        self.detach_label = to_raw_response_wrapper(contacts.detach_label)
        self.bulk_label = to_raw_response_wrapper(contacts.bulk_label)
        self.list = to_raw_response_wrapper(contacts.list)
        self.create = to_raw_response_wrapper(contacts.create)
        self.get = to_raw_response_wrapper(contacts.get)
        self.update = to_raw_response_wrapper(contacts.update)


class AsyncContacts:
    """Contacts (async): The people a WhatsApp account talks to, and the labels attached to them. Contact ids
    look like `ctc_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncContactsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncContactsWithRawResponse(self)

    async def attach_label(
        self,
        contact_id: str,
        *,
        label_id: params.LabelId,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LabelAttachment:
        """Attach a label to a contact.

        Attaches an existing label to a contact.

        The call is idempotent: attaching a label that is already attached changes nothing and
        still succeeds with `attached: true`. The label and the contact must belong to the same
        team; a contact or label of another organisation or another team is reported as
        `resource_not_found` (404), never as 403.

        Attaching counts against the organisation's *write* rate-limit bucket.

        Args:
            contact_id: The contact's id.
            label_id: A label id; `lbl_` and 26 upper-case Crockford base32 characters.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``LabelAttachment``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: LabelAttachment = await acall(
            self._client,
            _api.ATTACH_LABEL,
            (contact_id, idempotency_key),
            {"label_id": label_id},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result

    async def detach_label(
        self,
        contact_id: str,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> LabelAttachment:
        """Detach a label from a contact.

        Removes a label from a contact. The label and the contact stay; only the link goes.

        Detaching a label that is not attached succeeds and changes nothing, as attaching does.
        A
        contact or label of another organisation or team is `resource_not_found` (404). The
        result
        has the same shape as attach's, with `attached: false`.

        Args:
            contact_id: The contact's id.
            label_id: The id of the label to detach.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``LabelAttachment``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: LabelAttachment = await acall(
            self._client,
            _api.DETACH_LABEL,
            (contact_id, label_id),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    async def bulk_label(
        self,
        *,
        contact_ids: builtins.list[params.ContactId],
        label_id: params.LabelId,
        operation: params.BulkLabelOperation,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BulkLabelResult:
        """Attach or detach one label on many contacts.

        Adds (`operation: attach`) or removes (`operation: detach`) one label on 1 to 1000
        contacts in a single transaction. Contacts of another organisation, or of another team
        than
        the label, are skipped and counted in `skipped_cross_org` and `skipped_team_mismatch`;
        they
        do not fail the request (unlike single attach, which answers 404). An id that is no
        contact
        of your organisation counts as `skipped_cross_org`; an id given twice counts once;
        `applied` counts every contact of the label's team, also those that already had (or, for
        `detach`, lacked) the label. An unknown label is a 404. Send an `Idempotency-Key`, as
        the
        vendor recommends for this call. The SDK's `bulk_attach_label`/`bulk_detach_label`
        helpers
        split any number of ids into chunks of at most 1000.

        Args:
            contact_ids: The contacts, 1 to 1000 of them.
            label_id: A label id; `lbl_` and 26 upper-case Crockford base32 characters.
            operation: Whether to attach or detach the label.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``BulkLabelResult``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: BulkLabelResult = await acall(
            self._client,
            _api.BULK_LABEL,
            (idempotency_key,),
            {"contact_ids": contact_ids, "label_id": label_id, "operation": operation},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result

    async def bulk_attach_label(
        self,
        label_id: params.LabelId,
        contact_ids: Iterable[str],
        *,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BulkLabelResult:
        """Attach a label to any number of contacts, 1000 per request.

        Sends ``bulk_label`` once per 1000 ids, in order, each request with its own
        idempotency key, and returns the summed counts. Every request is built and checked
        before the first is sent, so a malformed id anywhere sends nothing.

        Args:
            label_id: A label id; `lbl_` and 26 upper-case Crockford base32 characters.
            contact_ids: any number of ids.
            idempotency_key: the key of a failed call, to resume it (see ``BulkOperationError``).
            extra_headers: more headers for each request.
            timeout: seconds (or an ``httpx.Timeout``) for each request, its retries and
                waits included, instead of the client's.
            max_retries: retries for each request instead of the client's.
            extra_query: more query parameters for each request.
            extra_body: more fields for each request's JSON body.

        Returns:
            The sums of applied, skipped_cross_org, skipped_team_mismatch over every request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.BulkOperationError: a request failed after its retries; it carries the
                totals so far, the ids not processed and the key to resume with, and says
                whether the failed request ``may_have_been_applied`` (resuming with its
                ``idempotency_key`` applies it at most once either way).
        """

        bulk = _bulk_calls.plan(
            _api.BULK_LABEL,
            "contact_ids",
            contact_ids,
            1000,
            lambda chunk: {"contact_ids": chunk, "label_id": label_id, "operation": "attach"},
            idempotency_key,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return await _bulk_calls.arun(
            bulk,
            self._client.request,
            self._client.strict_response_validation,
            BulkLabelResult,
            ["applied", "skipped_cross_org", "skipped_team_mismatch"],
        )

    async def bulk_detach_label(
        self,
        label_id: params.LabelId,
        contact_ids: Iterable[str],
        *,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BulkLabelResult:
        """Detach a label from any number of contacts, 1000 per request.

        Sends ``bulk_label`` once per 1000 ids, in order, each request with its own
        idempotency key, and returns the summed counts. Every request is built and checked
        before the first is sent, so a malformed id anywhere sends nothing.

        Args:
            label_id: A label id; `lbl_` and 26 upper-case Crockford base32 characters.
            contact_ids: any number of ids.
            idempotency_key: the key of a failed call, to resume it (see ``BulkOperationError``).
            extra_headers: more headers for each request.
            timeout: seconds (or an ``httpx.Timeout``) for each request, its retries and
                waits included, instead of the client's.
            max_retries: retries for each request instead of the client's.
            extra_query: more query parameters for each request.
            extra_body: more fields for each request's JSON body.

        Returns:
            The sums of applied, skipped_cross_org, skipped_team_mismatch over every request.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.BulkOperationError: a request failed after its retries; it carries the
                totals so far, the ids not processed and the key to resume with, and says
                whether the failed request ``may_have_been_applied`` (resuming with its
                ``idempotency_key`` applies it at most once either way).
        """

        bulk = _bulk_calls.plan(
            _api.BULK_LABEL,
            "contact_ids",
            contact_ids,
            1000,
            lambda chunk: {"contact_ids": chunk, "label_id": label_id, "operation": "detach"},
            idempotency_key,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return await _bulk_calls.arun(
            bulk,
            self._client.request,
            self._client.strict_response_validation,
            BulkLabelResult,
            ["applied", "skipped_cross_org", "skipped_team_mismatch"],
        )

    def list(
        self,
        *,
        phone: str | Unset = UNSET,
        search: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[Contact]:
        """List contacts.

        Lists the contacts of the whole organisation, newest first, one page at a time. Filter
        by an exact E.164 `phone`, or by `search`, a partial, case-insensitive match on name and
        email.

        Args:
            phone: Only the contact with this phone number, in E.164 form (`+` and digits).
            search: A partial, case-insensitive match on the contact's name or email.
            limit: Items per page, from 1 to 100 (default 25); outside that range the API
                answers 400 `invalid_limit`. Default: ``25``.
            cursor: The previous page's `next_cursor`, passed back verbatim with the same
                filters. Cursors are opaque and tamper-evident: a modified one is a 400
                `invalid_cursor`.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            An ``AsyncPaginator``: ``await`` it for the first page, or ``async for``
            over it for every Contact of every page.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: AsyncPaginator[Contact] = apaginate(
            self._client,
            _api.LIST_CONTACTS,
            (phone, search, limit, cursor),
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    async def create(
        self,
        *,
        phone_number: params.PhoneNumber,
        from_: params.PhoneNumber | Unset = UNSET,
        name: str | Unset = UNSET,
        email: str | None | Unset = UNSET,
        metadata: params.Metadata | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contact:
        """Create a contact.

        Creates a contact attached to a connected WhatsApp account. An organisation with one
        account needs no `from`; one with several must send `from`, the account's number
        (without
        it: 400 `missing_required_field`, `param` `from`). A `from` that is not one of the
        organisation's accounts is a 400 `invalid_field_value`. Fires the `contact.created`
        webhook event.

        Args:
            from_: The number of the WhatsApp account to attach the contact to; required when
                the organisation has more than one account.
            phone_number: A phone number in E.164 form, a `+` and 7 to 15 digits.
            name: The contact's name.
            email: The contact's email address.
            metadata: Free-form key/value pairs of your own, with string values.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``Contact``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: Contact = await acall(
            self._client,
            _api.CREATE_CONTACT,
            (idempotency_key,),
            {
                "from": from_,
                "phone_number": phone_number,
                "name": name,
                "email": email,
                "metadata": metadata,
            },
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result

    async def get(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Contact:
        """Fetch a contact.

        Returns one contact. A contact of another organisation is `resource_not_found` (404).

        Args:
            contact_id: The contact's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Contact``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Contact = await acall(
            self._client,
            _api.GET_CONTACT,
            (contact_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    async def update(
        self,
        contact_id: str,
        *,
        name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        metadata: params.Metadata | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contact:
        """Update a contact.

        Changes a contact's name, email or metadata; omitted fields keep their value and null
        clears one. `metadata` replaces the old pairs whole. A change fires `contact.updated`
        with the names of the changed fields.

        Args:
            contact_id: The contact's id.
            name: The contact's name.
            email: The contact's email address.
            metadata: Your key/value pairs; they replace the old ones whole.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``Contact``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: Contact = await acall(
            self._client,
            _api.UPDATE_CONTACT,
            (contact_id,),
            {"name": name, "email": email, "metadata": metadata},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result


class AsyncContactsWithRawResponse:
    """``client.contacts.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, contacts: AsyncContacts) -> None:
        self.attach_label = async_to_raw_response_wrapper(contacts.attach_label)
        self.detach_label = async_to_raw_response_wrapper(contacts.detach_label)
        self.bulk_label = async_to_raw_response_wrapper(contacts.bulk_label)
        self.list = async_to_raw_response_wrapper(contacts.list)
        self.create = async_to_raw_response_wrapper(contacts.create)
        self.get = async_to_raw_response_wrapper(contacts.get)
        self.update = async_to_raw_response_wrapper(contacts.update)
