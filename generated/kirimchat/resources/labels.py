# Generated from openapi.yaml by `make generate` with templates/kirimchat/resources/{tag}.py.jinja: edit that, not this file.
"""``client.labels``: Coloured tags for contacts and conversations, scoped to a team. Label ids look like
`lbl_01HXYZABCDEFGHJKMNPQRSTVWX`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .. import _api, params
from .._base_client import RequestOptions, Timeout
from .._operations import acall, apaginate, call, paginate
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.deleted_label import DeletedLabel
from ..models.label import Label
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
        return LabelsWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
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
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The first ``SyncPage``; iterating over it yields every Label of every page,
            fetching each page when reached.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: SyncPage[Label] = paginate(
            self._client,
            _api.LIST_LABELS,
            (limit, cursor),
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
        name: str,
        team_id: params.TeamId | Unset = UNSET,
        color: params.LabelColor | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Label:
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
            team_id: A team id, 1 to 64 characters without white space.
            name: The label's name, unique within its team.
            color: Default: ``'gray'``.
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
            The parsed ``Label``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: Label = call(
            self._client,
            _api.CREATE_LABEL,
            (idempotency_key,),
            {"team_id": team_id, "name": name, "color": color},
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
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Label:
        """Fetch a label.

        Returns one label. A label of another organisation is `resource_not_found` (404).

        Args:
            label_id: The label's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Label``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Label = call(
            self._client,
            _api.GET_LABEL,
            (label_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    def delete(
        self,
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeletedLabel:
        """Delete a label.

        Deletes a label for good: it is removed from every contact and conversation, which
        themselves stay. Its id is never reused: from then on it is unknown, and fetching,
        updating,
        attaching or detaching it is a 404 `resource_not_found`.

        Args:
            label_id: The label's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``DeletedLabel``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: DeletedLabel = call(
            self._client,
            _api.DELETE_LABEL,
            (label_id,),
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
        label_id: str,
        *,
        name: str | Unset = UNSET,
        color: params.LabelColor | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Label:
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
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``Label``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: Label = call(
            self._client,
            _api.UPDATE_LABEL,
            (label_id,),
            {"name": name, "color": color},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result


class LabelsWithRawResponse:
    """``client.labels.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, labels: Labels) -> None:
        self.list = to_raw_response_wrapper(labels.list)
        self.create = to_raw_response_wrapper(labels.create)
        self.get = to_raw_response_wrapper(labels.get)
        self.delete = to_raw_response_wrapper(labels.delete)
        self.update = to_raw_response_wrapper(labels.update)


class AsyncLabels:
    """Labels (async): Coloured tags for contacts and conversations, scoped to a team. Label ids look like
    `lbl_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLabelsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncLabelsWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
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
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            An ``AsyncPaginator``: ``await`` it for the first page, or ``async for``
            over it for every Label of every page.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: AsyncPaginator[Label] = apaginate(
            self._client,
            _api.LIST_LABELS,
            (limit, cursor),
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
        name: str,
        team_id: params.TeamId | Unset = UNSET,
        color: params.LabelColor | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Label:
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
            team_id: A team id, 1 to 64 characters without white space.
            name: The label's name, unique within its team.
            color: Default: ``'gray'``.
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
            The parsed ``Label``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: Label = await acall(
            self._client,
            _api.CREATE_LABEL,
            (idempotency_key,),
            {"team_id": team_id, "name": name, "color": color},
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
        label_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Label:
        """Fetch a label.

        Returns one label. A label of another organisation is `resource_not_found` (404).

        Args:
            label_id: The label's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Label``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Label = await acall(
            self._client,
            _api.GET_LABEL,
            (label_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
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
    ) -> DeletedLabel:
        """Delete a label.

        Deletes a label for good: it is removed from every contact and conversation, which
        themselves stay. Its id is never reused: from then on it is unknown, and fetching,
        updating,
        attaching or detaching it is a 404 `resource_not_found`.

        Args:
            label_id: The label's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``DeletedLabel``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: DeletedLabel = await acall(
            self._client,
            _api.DELETE_LABEL,
            (label_id,),
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
        label_id: str,
        *,
        name: str | Unset = UNSET,
        color: params.LabelColor | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Label:
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
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``Label``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: Label = await acall(
            self._client,
            _api.UPDATE_LABEL,
            (label_id,),
            {"name": name, "color": color},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result


class AsyncLabelsWithRawResponse:
    """``client.labels.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, labels: AsyncLabels) -> None:
        self.list = async_to_raw_response_wrapper(labels.list)
        self.create = async_to_raw_response_wrapper(labels.create)
        self.get = async_to_raw_response_wrapper(labels.get)
        self.delete = async_to_raw_response_wrapper(labels.delete)
        self.update = async_to_raw_response_wrapper(labels.update)
