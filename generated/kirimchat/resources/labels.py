"""``client.labels``: Coloured tags for contacts and conversations, scoped to a team. Label ids look like
`lbl_01HXYZABCDEFGHJKMNPQRSTVWX`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import RequestOptions, Timeout
from .._operations import acall, acall_raw, call, call_raw
from .._pagination import AsyncPage, AsyncPaginator, SyncPage
from .._response import APIResponse
from ..api.labels import create_label as _create_label
from ..api.labels import delete_label as _delete_label
from ..api.labels import get_label as _get_label
from ..api.labels import list_labels as _list_labels
from ..api.labels import update_label as _update_label
from ..models.deleted_label_envelope import DeletedLabelEnvelope
from ..models.label import Label
from ..models.label_color import LabelColor
from ..models.label_envelope import LabelEnvelope
from ..models.label_list import LabelList
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..client import AsyncKirimChat, KirimChat

__all__ = ["Labels", "AsyncLabels", "LabelsWithRawResponse", "AsyncLabelsWithRawResponse"]


class Labels:
    """Labels: Coloured tags for contacts and conversations, scoped to a team. Label ids look like
    `lbl_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LabelsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return LabelsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Label]:
        """List labels.

        Lists the organisation's labels, of every team, newest first, one page at a time.

        Args:
            limit: Items per page, from 1 to 100 (default 25); outside that range the API
                answers 400 `invalid_limit`. Default: ``25``.
            cursor: The previous page's `next_cursor`, passed back verbatim with the same
                filters. Cursors are opaque and tamper-evident: a modified one is a 400
                `invalid_cursor`.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The first ``SyncPage``; iterating over it yields every Label of every page,
            fetching each page when reached.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        def fetch(page_cursor: str | Unset) -> SyncPage[Label]:
            envelope = call(
                self._client, _list_labels.OPERATION, (limit, page_cursor), None, options
            )
            return SyncPage(
                envelope, fetch, None if isinstance(page_cursor, Unset) else page_cursor
            )

        return fetch(cursor)

    def create(
        self,
        *,
        name: str,
        team_id: str | Unset = UNSET,
        color: LabelColor | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LabelEnvelope:
        """Create a label.

        Creates a label. An organisation with one team needs no `team_id`; one with several must
        send it (without it: 400 `missing_required_field`, `param` `team_id`). A `team_id` that
        is
        not one of the organisation's teams is a 400 `invalid_field_value`. Names are unique
        within
        a team: a duplicate is a 400 with code `invalid_field_value` (not a 409). `color`
        defaults
        to `gray`.

        Args:
            name: The label's name, unique within its team.
            team_id: A team id, 1 to 64 characters without white space.
            color: Default: ``'gray'``.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``LabelEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: LabelEnvelope = call(
            self._client,
            _create_label.OPERATION,
            (idempotency_key,),
            {"name": name, "team_id": team_id, "color": color},
            options,
        )
        return result

    def get(
        self,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LabelEnvelope:
        """Fetch a label.

        Returns one label. A label of another organisation is `resource_not_found` (404).

        Args:
            label_id: The label's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``LabelEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: LabelEnvelope = call(self._client, _get_label.OPERATION, (label_id,), None, options)
        return result

    def delete(
        self,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DeletedLabelEnvelope:
        """Delete a label.

        Deletes a label for good: it is removed from every contact and conversation, which
        themselves stay. Its id is never reused: from then on it is unknown, and fetching,
        updating,
        attaching or detaching it is a 404 `resource_not_found`.

        Args:
            label_id: The label's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``DeletedLabelEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: DeletedLabelEnvelope = call(
            self._client, _delete_label.OPERATION, (label_id,), None, options
        )
        return result

    def update(
        self,
        label_id: str,
        *,
        name: str | Unset = UNSET,
        color: LabelColor | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LabelEnvelope:
        """Update a label.

        Renames or recolours a label; omitted fields keep their value, and an empty body changes
        nothing. A label cannot move to another team. A name already used in the label's team is
        a
        400 `invalid_field_value`.

        Args:
            label_id: The label's id.
            name: The new name, unique within the label's team.
            color: One of the 13 colours a label can have.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``LabelEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: LabelEnvelope = call(
            self._client,
            _update_label.OPERATION,
            (label_id,),
            {"name": name, "color": color},
            options,
        )
        return result


class LabelsWithRawResponse:
    """``client.labels.with_raw_response``: each call returns an ``APIResponse`` (one page, for lists)."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[LabelList]:
        """Like ``Labels.list``, returning the raw ``APIResponse``; ``.parse()`` gives the ``LabelList``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return call_raw(self._client, _list_labels.OPERATION, (limit, cursor), None, options)

    def create(
        self,
        *,
        name: str,
        team_id: str | Unset = UNSET,
        color: LabelColor | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[LabelEnvelope]:
        """Like ``Labels.create``, returning the raw ``APIResponse``; ``.parse()`` gives the ``LabelEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return call_raw(
            self._client,
            _create_label.OPERATION,
            (idempotency_key,),
            {"name": name, "team_id": team_id, "color": color},
            options,
        )

    def get(
        self,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[LabelEnvelope]:
        """Like ``Labels.get``, returning the raw ``APIResponse``; ``.parse()`` gives the ``LabelEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return call_raw(self._client, _get_label.OPERATION, (label_id,), None, options)

    def delete(
        self,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[DeletedLabelEnvelope]:
        """Like ``Labels.delete``, returning the raw ``APIResponse``; ``.parse()`` gives the ``DeletedLabelEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return call_raw(self._client, _delete_label.OPERATION, (label_id,), None, options)

    def update(
        self,
        label_id: str,
        *,
        name: str | Unset = UNSET,
        color: LabelColor | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[LabelEnvelope]:
        """Like ``Labels.update``, returning the raw ``APIResponse``; ``.parse()`` gives the ``LabelEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return call_raw(
            self._client,
            _update_label.OPERATION,
            (label_id,),
            {"name": name, "color": color},
            options,
        )


class AsyncLabels:
    """Labels (async): Coloured tags for contacts and conversations, scoped to a team. Label ids look like
    `lbl_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLabelsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncLabelsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[Label]:
        """List labels.

        Lists the organisation's labels, of every team, newest first, one page at a time.

        Args:
            limit: Items per page, from 1 to 100 (default 25); outside that range the API
                answers 400 `invalid_limit`. Default: ``25``.
            cursor: The previous page's `next_cursor`, passed back verbatim with the same
                filters. Cursors are opaque and tamper-evident: a modified one is a 400
                `invalid_cursor`.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            An ``AsyncPaginator``: ``await`` it for the first page, or ``async for``
            over it for every Label of every page.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        _list_labels.OPERATION.request(
            (limit, cursor)
        )  # checks the arguments now, before anything is awaited

        async def fetch(page_cursor: str | Unset) -> AsyncPage[Label]:
            envelope = await acall(
                self._client, _list_labels.OPERATION, (limit, page_cursor), None, options
            )
            return AsyncPage(
                envelope, fetch, None if isinstance(page_cursor, Unset) else page_cursor
            )

        return AsyncPaginator(lambda: fetch(cursor))

    async def create(
        self,
        *,
        name: str,
        team_id: str | Unset = UNSET,
        color: LabelColor | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LabelEnvelope:
        """Create a label.

        Creates a label. An organisation with one team needs no `team_id`; one with several must
        send it (without it: 400 `missing_required_field`, `param` `team_id`). A `team_id` that
        is
        not one of the organisation's teams is a 400 `invalid_field_value`. Names are unique
        within
        a team: a duplicate is a 400 with code `invalid_field_value` (not a 409). `color`
        defaults
        to `gray`.

        Args:
            name: The label's name, unique within its team.
            team_id: A team id, 1 to 64 characters without white space.
            color: Default: ``'gray'``.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``LabelEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: LabelEnvelope = await acall(
            self._client,
            _create_label.OPERATION,
            (idempotency_key,),
            {"name": name, "team_id": team_id, "color": color},
            options,
        )
        return result

    async def get(
        self,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LabelEnvelope:
        """Fetch a label.

        Returns one label. A label of another organisation is `resource_not_found` (404).

        Args:
            label_id: The label's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``LabelEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: LabelEnvelope = await acall(
            self._client, _get_label.OPERATION, (label_id,), None, options
        )
        return result

    async def delete(
        self,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DeletedLabelEnvelope:
        """Delete a label.

        Deletes a label for good: it is removed from every contact and conversation, which
        themselves stay. Its id is never reused: from then on it is unknown, and fetching,
        updating,
        attaching or detaching it is a 404 `resource_not_found`.

        Args:
            label_id: The label's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``DeletedLabelEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: DeletedLabelEnvelope = await acall(
            self._client, _delete_label.OPERATION, (label_id,), None, options
        )
        return result

    async def update(
        self,
        label_id: str,
        *,
        name: str | Unset = UNSET,
        color: LabelColor | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LabelEnvelope:
        """Update a label.

        Renames or recolours a label; omitted fields keep their value, and an empty body changes
        nothing. A label cannot move to another team. A name already used in the label's team is
        a
        400 `invalid_field_value`.

        Args:
            label_id: The label's id.
            name: The new name, unique within the label's team.
            color: One of the 13 colours a label can have.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for this request instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``LabelEnvelope``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        result: LabelEnvelope = await acall(
            self._client,
            _update_label.OPERATION,
            (label_id,),
            {"name": name, "color": color},
            options,
        )
        return result


class AsyncLabelsWithRawResponse:
    """``client.labels.with_raw_response``: each call returns an ``APIResponse`` (one page, for lists)."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[LabelList]:
        """Like ``AsyncLabels.list``, returning the raw ``APIResponse``; ``.parse()`` gives the ``LabelList``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return await acall_raw(self._client, _list_labels.OPERATION, (limit, cursor), None, options)

    async def create(
        self,
        *,
        name: str,
        team_id: str | Unset = UNSET,
        color: LabelColor | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[LabelEnvelope]:
        """Like ``AsyncLabels.create``, returning the raw ``APIResponse``; ``.parse()`` gives the ``LabelEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return await acall_raw(
            self._client,
            _create_label.OPERATION,
            (idempotency_key,),
            {"name": name, "team_id": team_id, "color": color},
            options,
        )

    async def get(
        self,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[LabelEnvelope]:
        """Like ``AsyncLabels.get``, returning the raw ``APIResponse``; ``.parse()`` gives the ``LabelEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return await acall_raw(self._client, _get_label.OPERATION, (label_id,), None, options)

    async def delete(
        self,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[DeletedLabelEnvelope]:
        """Like ``AsyncLabels.delete``, returning the raw ``APIResponse``; ``.parse()`` gives the ``DeletedLabelEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return await acall_raw(self._client, _delete_label.OPERATION, (label_id,), None, options)

    async def update(
        self,
        label_id: str,
        *,
        name: str | Unset = UNSET,
        color: LabelColor | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> APIResponse[LabelEnvelope]:
        """Like ``AsyncLabels.update``, returning the raw ``APIResponse``; ``.parse()`` gives the ``LabelEnvelope``."""
        options = RequestOptions(
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return await acall_raw(
            self._client,
            _update_label.OPERATION,
            (label_id,),
            {"name": name, "color": color},
            options,
        )
