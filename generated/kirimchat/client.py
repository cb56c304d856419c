"""``KirimChat`` and ``AsyncKirimChat``: the clients of the Kirim Public API."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient, Timeout, _check_max_retries, _check_timeout
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .resources.contacts import AsyncContacts, Contacts
    from .resources.labels import AsyncLabels, Labels
    from .resources.meta import AsyncMeta, Meta

__all__ = ["AsyncKirimChat", "KirimChat"]


class KirimChat(SyncAPIClient):
    """The client of the Kirim Public API.

        Use it as ``with KirimChat() as client:`` so its connections are closed::

            with KirimChat() as client:
    result = client.contacts.attach_label(...)
        Args:
            api_key: the API key (``kdv_live_…``); default: the ``KIRIM_API_KEY`` environment
                variable. Without a key the constructor raises ``KirimChatError``.
            base_url: default: ``KIRIM_BASE_URL``, else ``https://api-kckit.kirim.chat/v1``.
            timeout: seconds, or an ``httpx.Timeout``, per request (default 30 s, 5 s to connect).
            max_retries: retries after a connection error, a timeout, 408, 409, 429 or 5xx (default 2).
            default_headers: headers to send with every request.
            http_client: an ``httpx.Client`` of yours (proxies, certificates, transports);
                it is not closed by ``close()``.
            pacing: wait for the rate limit's next token rather than be answered 429 (default
                on; shared with ``with_options`` copies). ``False`` sends every request at once.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        pacing: bool = True,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            pacing=pacing,
        )

    @cached_property
    def contacts(self) -> Contacts:
        """Contacts: The people a WhatsApp account talks to, and the labels attached to them. Contact ids
        look like `ctc_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.contacts import Contacts  # noqa: PLC0415

        return Contacts(self)

    @cached_property
    def labels(self) -> Labels:
        """Labels: Coloured tags for contacts and conversations, scoped to a team. Label ids look like
        `lbl_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.labels import Labels  # noqa: PLC0415

        return Labels(self)

    @cached_property
    def meta(self) -> Meta:
        """Meta: The API key behind the request, its organisation and its rate limits."""
        from .resources.meta import Meta  # noqa: PLC0415

        return Meta(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        default_headers: Mapping[str, str] | None = None,
    ) -> KirimChat:
        """A copy of this client with some defaults changed; it shares the connection pool.

        ``client.with_options(max_retries=5).contacts.attach_label(...)`` changes one call's
        defaults without rebuilding the client; closing the copy does not close the pool.
        """
        copy = KirimChat(
            api_key=api_key or self.api_key,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, Unset) else _check_timeout(timeout),
            max_retries=self.max_retries
            if isinstance(max_retries, Unset)
            else _check_max_retries(max_retries),
            default_headers={**self._custom_headers, **(default_headers or {})},
            http_client=self._http,
            pacing=self._pacer.enabled,
        )
        if copy.api_key == self.api_key and copy.base_url == self.base_url:
            copy._pacer = self._pacer  # the same buckets: one model of them
        return copy


class AsyncKirimChat(AsyncAPIClient):
    """The asynchronous client of the Kirim Public API.

        Use it as ``async with AsyncKirimChat() as client:`` so its connections are closed, and
        ``await`` every call::

            async with AsyncKirimChat() as client:
    result = await client.contacts.attach_label(...)
        Args:
            api_key: the API key (``kdv_live_…``); default: the ``KIRIM_API_KEY`` environment
                variable. Without a key the constructor raises ``KirimChatError``.
            base_url: default: ``KIRIM_BASE_URL``, else ``https://api-kckit.kirim.chat/v1``.
            timeout: seconds, or an ``httpx.Timeout``, per request (default 30 s, 5 s to connect).
            max_retries: retries after a connection error, a timeout, 408, 409, 429 or 5xx (default 2).
            default_headers: headers to send with every request.
            http_client: an ``httpx.AsyncClient`` of yours (proxies, certificates, transports);
                it is not closed by ``close()``.
            pacing: wait for the rate limit's next token rather than be answered 429 (default
                on; shared with ``with_options`` copies). ``False`` sends every request at once.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        pacing: bool = True,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            pacing=pacing,
        )

    @cached_property
    def contacts(self) -> AsyncContacts:
        """Contacts: The people a WhatsApp account talks to, and the labels attached to them. Contact ids
        look like `ctc_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.contacts import AsyncContacts  # noqa: PLC0415

        return AsyncContacts(self)

    @cached_property
    def labels(self) -> AsyncLabels:
        """Labels: Coloured tags for contacts and conversations, scoped to a team. Label ids look like
        `lbl_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.labels import AsyncLabels  # noqa: PLC0415

        return AsyncLabels(self)

    @cached_property
    def meta(self) -> AsyncMeta:
        """Meta: The API key behind the request, its organisation and its rate limits."""
        from .resources.meta import AsyncMeta  # noqa: PLC0415

        return AsyncMeta(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncKirimChat:
        """A copy of this client with some defaults changed; it shares the connection pool.

        ``client.with_options(max_retries=5).contacts.attach_label(...)`` changes one call's
        defaults without rebuilding the client; closing the copy does not close the pool.
        """
        copy = AsyncKirimChat(
            api_key=api_key or self.api_key,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, Unset) else _check_timeout(timeout),
            max_retries=self.max_retries
            if isinstance(max_retries, Unset)
            else _check_max_retries(max_retries),
            default_headers={**self._custom_headers, **(default_headers or {})},
            http_client=self._http,
            pacing=self._pacer.enabled,
        )
        if copy.api_key == self.api_key and copy.base_url == self.base_url:
            copy._pacer = self._pacer  # the same buckets: one model of them
        return copy
