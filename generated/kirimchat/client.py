# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/client.py.jinja: edit that, not this file.
"""``KirimChat`` and ``AsyncKirimChat``: the clients of the Kirim Public API."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import httpx

from ._base_client import (
    AsyncAPIClient,
    SyncAPIClient,
    Timeout,
    _check_max_retries,
    _check_timeout,
    check_query,
    merge_headers,
)
from ._constants import DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .types import UNSET, Unset
from .webhooks import Webhooks

if TYPE_CHECKING:
    from .resources.accounts import Accounts, AsyncAccounts
    from .resources.contacts import AsyncContacts, Contacts
    from .resources.conversations import AsyncConversations, Conversations
    from .resources.labels import AsyncLabels, Labels
    from .resources.messages import AsyncMessages, Messages
    from .resources.meta import AsyncMeta, Meta
    from .resources.templates import AsyncTemplates, Templates
    from .resources.webhook_deliveries import AsyncWebhookDeliveries, WebhookDeliveries
    from .resources.webhook_subscriptions import AsyncWebhookSubscriptions, WebhookSubscriptions

__all__ = ["AsyncKirimChat", "KirimChat"]


class KirimChat(SyncAPIClient):
    """The client of the Kirim Public API.

        Use it as ``with KirimChat() as client:`` so its connections are closed::

            with KirimChat() as client:
    result = client.accounts.list(...)
        Args:
            api_key: the API key (``kdv_live_…``); default: the ``KIRIM_API_KEY`` environment
                variable. Without a key the constructor raises ``KirimChatError``.
            base_url: default: ``KIRIM_BASE_URL``, else ``https://api-kckit.kirim.chat/v1``.
            timeout: seconds for the whole call (default 30 s, at most 5 s of it to connect):
                connecting, sending, reading the answer, and the waits between retries and for
                the rate limit; an ``httpx.Timeout`` bounds each phase by its own value too, and
                the call by the largest. Past it the call raises ``APITimeoutError``.
            max_retries: retries after a connection error, a timeout, 408, 409, 429 or 5xx (default 2).
            default_headers: headers to send with every request (names in any case; a call's
                ``extra_headers`` win).
            default_query: query parameters to send with every request (a call's win).
            http_client: an ``httpx.Client`` of yours (proxies, certificates, transports),
                best made with ``kirimchat.DefaultHttpxClient(...)`` to keep the SDK's
                timeouts, limits and no-redirect policy; it is not closed by ``close()``.
            strict_response_validation: raise ``APIResponseValidationError`` when a response
                does not match the API description; by default what does not fit is kept as sent.
            pacing: wait for the rate limit's next token rather than be answered 429 (default
                on; shared with ``with_options`` copies). ``False`` sends every request at once.
                A call never waits past its timeout, nor more than 60 s: it raises
                ``RateLimitError`` (with ``retry_after``) without sending instead.
            max_response_size: the largest answer a call reads, in bytes (default 4 MiB); a
                larger one raises ``ResponseTooLargeError`` without being read.
            webhook_secret: the signing secret (``whsec_…``, or several during a rotation) that
                ``client.webhooks`` verifies deliveries with; default: the
                ``KIRIM_WEBHOOK_SECRET`` environment variable, read when a webhook is verified.
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
        default_query: Mapping[str, object] | None = None,
        strict_response_validation: bool = False,
        pacing: bool = True,
        webhook_secret: str | Sequence[str] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.strict_response_validation = strict_response_validation
        self.webhook_secret = webhook_secret
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            default_query=default_query,
            pacing=pacing,
            max_response_size=max_response_size,
        )

    # Each resource property gives a new, small object rather than a cached one: a cached
    # resource pointing back at its client would make a cycle, and a dropped client would keep
    # its connections open until the garbage collector ran, instead of closing them at once.
    @property
    def accounts(self) -> Accounts:
        """Accounts: The WhatsApp Business accounts (phone numbers) connected to the organisation; a
        connected one's number is what `from` names."""
        from .resources.accounts import Accounts  # noqa: PLC0415

        return Accounts(self)

    @property
    def contacts(self) -> Contacts:
        """Contacts: The people a WhatsApp account talks to, and the labels attached to them. Contact ids
        look like `ctc_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.contacts import Contacts  # noqa: PLC0415

        return Contacts(self)

    @property
    def conversations(self) -> Conversations:
        """Conversations: Threads between a WhatsApp account and a contact: their status and assignee.
        Conversation ids look like `cnv_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.conversations import Conversations  # noqa: PLC0415

        return Conversations(self)

    @property
    def labels(self) -> Labels:
        """Labels: Coloured tags for contacts and conversations, scoped to a team. Label ids look like
        `lbl_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.labels import Labels  # noqa: PLC0415

        return Labels(self)

    @property
    def messages(self) -> Messages:
        """Messages: WhatsApp messages: send one, follow its status, list a conversation's. Message ids look
        like `msg_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.messages import Messages  # noqa: PLC0415

        return Messages(self)

    @property
    def meta(self) -> Meta:
        """Meta: The API's health, and the API key behind the request, its organisation and its rate
        limits."""
        from .resources.meta import Meta  # noqa: PLC0415

        return Meta(self)

    @property
    def templates(self) -> Templates:
        """Templates: WhatsApp message templates approved by Meta, for messages outside the 24-hour window.
        Template ids look like `tmpl_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.templates import Templates  # noqa: PLC0415

        return Templates(self)

    @property
    def webhook_deliveries(self) -> WebhookDeliveries:
        """Webhook Deliveries: Every attempt to deliver an event, its outcome, and replays. Delivery ids look like
        `wbd_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.webhook_deliveries import WebhookDeliveries  # noqa: PLC0415

        return WebhookDeliveries(self)

    @property
    def webhook_subscriptions(self) -> WebhookSubscriptions:
        """Webhook Subscriptions: Endpoints of yours that receive the organisation's events, signed. Subscription ids look
        like `wbs_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.webhook_subscriptions import WebhookSubscriptions  # noqa: PLC0415

        return WebhookSubscriptions(self)

    @property
    def webhooks(self) -> Webhooks:
        """Verify the webhooks the API sends and unwrap their events (no request is made),
        with the client's ``webhook_secret`` (default: ``KIRIM_WEBHOOK_SECRET``)."""
        return Webhooks(secret=self.webhook_secret, strict=self.strict_response_validation)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        pacing: bool | Unset = UNSET,
        webhook_secret: str | Sequence[str] | None = None,
        max_response_size: int | Unset = UNSET,
    ) -> KirimChat:
        """A copy of this client with some defaults changed; it shares the connection pool
        unless ``http_client`` is given.

        ``client.with_options(max_retries=5).accounts.list(...)`` changes one call's
        defaults without rebuilding the client; closing the copy does not close the pool.
        ``default_headers`` and ``default_query`` are added to this client's (and win).
        A copy with the same key, base URL and ``pacing`` shares this client's model of the
        rate limits; ``pacing=False`` (or ``True``) gives the copy its own setting.
        """
        copy = KirimChat(
            api_key=api_key or self.api_key,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, Unset) else _check_timeout(timeout),
            max_retries=self.max_retries
            if isinstance(max_retries, Unset)
            else _check_max_retries(max_retries),
            default_headers=merge_headers(self._custom_headers, default_headers),
            default_query={**self._default_query, **check_query(default_query, "default_query")},
            http_client=self._http if http_client is None else http_client,
            strict_response_validation=self.strict_response_validation,
            pacing=self._pacer.enabled if isinstance(pacing, Unset) else pacing,
            webhook_secret=self.webhook_secret if webhook_secret is None else webhook_secret,
            max_response_size=(
                self.max_response_size
                if isinstance(max_response_size, Unset)
                else max_response_size
            ),
        )
        if (
            copy.api_key == self.api_key
            and copy.base_url == self.base_url
            and copy._pacer.enabled == self._pacer.enabled
        ):
            copy._pacer = self._pacer  # the same buckets: one model of them
        return copy


class AsyncKirimChat(AsyncAPIClient):
    """The asynchronous client of the Kirim Public API.

        Use it as ``async with AsyncKirimChat() as client:`` so its connections are closed, and
        ``await`` every call::

            async with AsyncKirimChat() as client:
    result = await client.accounts.list(...)
        Args:
            api_key: the API key (``kdv_live_…``); default: the ``KIRIM_API_KEY`` environment
                variable. Without a key the constructor raises ``KirimChatError``.
            base_url: default: ``KIRIM_BASE_URL``, else ``https://api-kckit.kirim.chat/v1``.
            timeout: seconds for the whole call (default 30 s, at most 5 s of it to connect):
                connecting, sending, reading the answer, and the waits between retries and for
                the rate limit; an ``httpx.Timeout`` bounds each phase by its own value too, and
                the call by the largest. Past it the call raises ``APITimeoutError``.
            max_retries: retries after a connection error, a timeout, 408, 409, 429 or 5xx (default 2).
            default_headers: headers to send with every request (names in any case; a call's
                ``extra_headers`` win).
            default_query: query parameters to send with every request (a call's win).
            http_client: an ``httpx.AsyncClient`` of yours (proxies, certificates, transports),
                best made with ``kirimchat.DefaultAsyncHttpxClient(...)`` to keep the SDK's
                timeouts, limits and no-redirect policy; it is not closed by ``close()``.
            strict_response_validation: raise ``APIResponseValidationError`` when a response
                does not match the API description; by default what does not fit is kept as sent.
            pacing: wait for the rate limit's next token rather than be answered 429 (default
                on; shared with ``with_options`` copies). ``False`` sends every request at once.
                A call never waits past its timeout, nor more than 60 s: it raises
                ``RateLimitError`` (with ``retry_after``) without sending instead.
            max_response_size: the largest answer a call reads, in bytes (default 4 MiB); a
                larger one raises ``ResponseTooLargeError`` without being read.
            webhook_secret: the signing secret (``whsec_…``, or several during a rotation) that
                ``client.webhooks`` verifies deliveries with; default: the
                ``KIRIM_WEBHOOK_SECRET`` environment variable, read when a webhook is verified.
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
        default_query: Mapping[str, object] | None = None,
        strict_response_validation: bool = False,
        pacing: bool = True,
        webhook_secret: str | Sequence[str] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.strict_response_validation = strict_response_validation
        self.webhook_secret = webhook_secret
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            default_query=default_query,
            pacing=pacing,
            max_response_size=max_response_size,
        )

    # Each resource property gives a new, small object rather than a cached one: a cached
    # resource pointing back at its client would make a cycle, and a dropped client would keep
    # its connections open until the garbage collector ran, instead of closing them at once.
    @property
    def accounts(self) -> AsyncAccounts:
        """Accounts: The WhatsApp Business accounts (phone numbers) connected to the organisation; a
        connected one's number is what `from` names."""
        from .resources.accounts import AsyncAccounts  # noqa: PLC0415

        return AsyncAccounts(self)

    @property
    def contacts(self) -> AsyncContacts:
        """Contacts: The people a WhatsApp account talks to, and the labels attached to them. Contact ids
        look like `ctc_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.contacts import AsyncContacts  # noqa: PLC0415

        return AsyncContacts(self)

    @property
    def conversations(self) -> AsyncConversations:
        """Conversations: Threads between a WhatsApp account and a contact: their status and assignee.
        Conversation ids look like `cnv_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.conversations import AsyncConversations  # noqa: PLC0415

        return AsyncConversations(self)

    @property
    def labels(self) -> AsyncLabels:
        """Labels: Coloured tags for contacts and conversations, scoped to a team. Label ids look like
        `lbl_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.labels import AsyncLabels  # noqa: PLC0415

        return AsyncLabels(self)

    @property
    def messages(self) -> AsyncMessages:
        """Messages: WhatsApp messages: send one, follow its status, list a conversation's. Message ids look
        like `msg_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.messages import AsyncMessages  # noqa: PLC0415

        return AsyncMessages(self)

    @property
    def meta(self) -> AsyncMeta:
        """Meta: The API's health, and the API key behind the request, its organisation and its rate
        limits."""
        from .resources.meta import AsyncMeta  # noqa: PLC0415

        return AsyncMeta(self)

    @property
    def templates(self) -> AsyncTemplates:
        """Templates: WhatsApp message templates approved by Meta, for messages outside the 24-hour window.
        Template ids look like `tmpl_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.templates import AsyncTemplates  # noqa: PLC0415

        return AsyncTemplates(self)

    @property
    def webhook_deliveries(self) -> AsyncWebhookDeliveries:
        """Webhook Deliveries: Every attempt to deliver an event, its outcome, and replays. Delivery ids look like
        `wbd_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.webhook_deliveries import AsyncWebhookDeliveries  # noqa: PLC0415

        return AsyncWebhookDeliveries(self)

    @property
    def webhook_subscriptions(self) -> AsyncWebhookSubscriptions:
        """Webhook Subscriptions: Endpoints of yours that receive the organisation's events, signed. Subscription ids look
        like `wbs_01HXYZABCDEFGHJKMNPQRSTVWX`."""
        from .resources.webhook_subscriptions import AsyncWebhookSubscriptions  # noqa: PLC0415

        return AsyncWebhookSubscriptions(self)

    @property
    def webhooks(self) -> Webhooks:
        """Verify the webhooks the API sends and unwrap their events (no request is made),
        with the client's ``webhook_secret`` (default: ``KIRIM_WEBHOOK_SECRET``)."""
        return Webhooks(secret=self.webhook_secret, strict=self.strict_response_validation)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        pacing: bool | Unset = UNSET,
        webhook_secret: str | Sequence[str] | None = None,
        max_response_size: int | Unset = UNSET,
    ) -> AsyncKirimChat:
        """A copy of this client with some defaults changed; it shares the connection pool
        unless ``http_client`` is given.

        ``client.with_options(max_retries=5).accounts.list(...)`` changes one call's
        defaults without rebuilding the client; closing the copy does not close the pool.
        ``default_headers`` and ``default_query`` are added to this client's (and win).
        A copy with the same key, base URL and ``pacing`` shares this client's model of the
        rate limits; ``pacing=False`` (or ``True``) gives the copy its own setting.
        """
        copy = AsyncKirimChat(
            api_key=api_key or self.api_key,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, Unset) else _check_timeout(timeout),
            max_retries=self.max_retries
            if isinstance(max_retries, Unset)
            else _check_max_retries(max_retries),
            default_headers=merge_headers(self._custom_headers, default_headers),
            default_query={**self._default_query, **check_query(default_query, "default_query")},
            http_client=self._http if http_client is None else http_client,
            strict_response_validation=self.strict_response_validation,
            pacing=self._pacer.enabled if isinstance(pacing, Unset) else pacing,
            webhook_secret=self.webhook_secret if webhook_secret is None else webhook_secret,
            max_response_size=(
                self.max_response_size
                if isinstance(max_response_size, Unset)
                else max_response_size
            ),
        )
        if (
            copy.api_key == self.api_key
            and copy.base_url == self.base_url
            and copy._pacer.enabled == self._pacer.enabled
        ):
            copy._pacer = self._pacer  # the same buckets: one model of them
        return copy
