# Generated from openapi.yaml by `make generate` with templates/kirimchat/resources/{tag}.py.jinja: edit that, not this file.
"""``client.meta``: The API's health, and the API key behind the request, its organisation and its rate
limits."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .. import _api
from .._base_client import RequestOptions, Timeout
from .._operations import acall, call
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.health_envelope_data import HealthEnvelopeData
from ..models.me import Me
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..client import AsyncKirimChat, KirimChat

__all__ = ["Meta", "AsyncMeta", "MetaWithRawResponse", "AsyncMetaWithRawResponse"]


class Meta:
    """Meta: The API's health, and the API key behind the request, its organisation and its rate
    limits."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MetaWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return MetaWithRawResponse(self)

    def get_me(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Me:
        """Introspect the calling API key.

        Returns the organisation, the API key and the rate-limit tier behind the bearer token: a
        cheap way for a script to check that its key works.

        Args:
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Me``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Me = call(
            self._client,
            _api.GET_ME,
            (),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    def get_health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> HealthEnvelopeData:
        """Liveness probe.

        Answers 200 while the API is up. Needs no API key.

        Args:
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``HealthEnvelopeData``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: HealthEnvelopeData = call(
            self._client,
            _api.GET_HEALTH,
            (),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result


class MetaWithRawResponse:
    """``client.meta.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, meta: Meta) -> None:
        self.get_me = to_raw_response_wrapper(meta.get_me)
        self.get_health = to_raw_response_wrapper(meta.get_health)


class AsyncMeta:
    """Meta (async): The API's health, and the API key behind the request, its organisation and its rate
    limits."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMetaWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncMetaWithRawResponse(self)

    async def get_me(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> Me:
        """Introspect the calling API key.

        Returns the organisation, the API key and the rate-limit tier behind the bearer token: a
        cheap way for a script to check that its key works.

        Args:
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``Me``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: Me = await acall(
            self._client,
            _api.GET_ME,
            (),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    async def get_health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> HealthEnvelopeData:
        """Liveness probe.

        Answers 200 while the API is up. Needs no API key.

        Args:
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``HealthEnvelopeData``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: HealthEnvelopeData = await acall(
            self._client,
            _api.GET_HEALTH,
            (),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result


class AsyncMetaWithRawResponse:
    """``client.meta.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, meta: AsyncMeta) -> None:
        self.get_me = async_to_raw_response_wrapper(meta.get_me)
        self.get_health = async_to_raw_response_wrapper(meta.get_health)
