# Generated from openapi.yaml by `make generate` with templates/kirimchat/resources/{tag}.py.jinja: edit that, not this file.
"""``client.templates``: WhatsApp message templates approved by Meta, for messages outside the 24-hour window.
Template ids look like `tmpl_01HXYZABCDEFGHJKMNPQRSTVWX`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .. import _api
from .._base_client import RequestOptions, Timeout
from .._operations import acall, apaginate, call, paginate
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.template import Template
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..client import AsyncKirimChat, KirimChat

__all__ = [
    "Templates",
    "AsyncTemplates",
    "TemplatesWithRawResponse",
    "AsyncTemplatesWithRawResponse",
]


class Templates:
    """Templates: WhatsApp message templates approved by Meta, for messages outside the 24-hour window.
    Template ids look like `tmpl_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TemplatesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return TemplatesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPage[Template]:
        """List message templates.

        Lists the organisation's WhatsApp message templates (approved, pending and rejected),
        newest first, one page at a time. Send an approved one with `POST /messages` and `type:
        template`.

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
            The first ``SyncPage``; iterating over it yields every Template of every
            page, fetching each page when reached.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: SyncPage[Template] = paginate(
            self._client,
            _api.LIST_TEMPLATES,
            (limit, cursor),
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    def get(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Template:
        """Fetch a message template.

        Returns one template. A template of another organisation is `resource_not_found` (404).

        Args:
            template_id: The template's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Template``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Template = call(
            self._client,
            _api.GET_TEMPLATE,
            (template_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result


class TemplatesWithRawResponse:
    """``client.templates.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, templates: Templates) -> None:
        self.list = to_raw_response_wrapper(templates.list)
        self.get = to_raw_response_wrapper(templates.get)


class AsyncTemplates:
    """Templates (async): WhatsApp message templates approved by Meta, for messages outside the 24-hour window.
    Template ids look like `tmpl_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTemplatesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncTemplatesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[Template]:
        """List message templates.

        Lists the organisation's WhatsApp message templates (approved, pending and rejected),
        newest first, one page at a time. Send an approved one with `POST /messages` and `type:
        template`.

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
            over it for every Template of every page.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: AsyncPaginator[Template] = apaginate(
            self._client,
            _api.LIST_TEMPLATES,
            (limit, cursor),
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    async def get(
        self,
        template_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Template:
        """Fetch a message template.

        Returns one template. A template of another organisation is `resource_not_found` (404).

        Args:
            template_id: The template's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Template``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Template = await acall(
            self._client,
            _api.GET_TEMPLATE,
            (template_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result


class AsyncTemplatesWithRawResponse:
    """``client.templates.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, templates: AsyncTemplates) -> None:
        self.list = async_to_raw_response_wrapper(templates.list)
        self.get = async_to_raw_response_wrapper(templates.get)
