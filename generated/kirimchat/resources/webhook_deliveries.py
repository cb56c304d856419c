# Generated from openapi.yaml by `make generate` with templates/kirimchat/resources/{tag}.py.jinja: edit that, not this file.
"""``client.webhook_deliveries``: Every attempt to deliver an event, its outcome, and replays. Delivery ids look like
`wbd_01HXYZABCDEFGHJKMNPQRSTVWX`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .. import _api
from .._base_client import RequestOptions, Timeout
from .._operations import acall, apaginate, call, paginate
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.webhook_delivery import WebhookDelivery
from ..models.webhook_delivery_status import WebhookDeliveryStatus
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..client import AsyncKirimChat, KirimChat

__all__ = [
    "WebhookDeliveries",
    "AsyncWebhookDeliveries",
    "WebhookDeliveriesWithRawResponse",
    "AsyncWebhookDeliveriesWithRawResponse",
]


class WebhookDeliveries:
    """Webhook Deliveries: Every attempt to deliver an event, its outcome, and replays. Delivery ids look like
    `wbd_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhookDeliveriesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return WebhookDeliveriesWithRawResponse(self)

    def list(
        self,
        *,
        subscription_id: str | Unset = UNSET,
        status: WebhookDeliveryStatus | Unset = UNSET,
        event_type: WebhookEventType | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPage[WebhookDelivery]:
        """List webhook deliveries.

        Lists delivery attempts, newest first, one page at a time. Each attempt to POST an
        event to a subscription's URL is one delivery; a retry or a replay is a new one.
        Filter by subscription, by status (e.g. `dead`, the attempts that will not be retried)
        or by event type.

        Args:
            subscription_id: Only the deliveries of this subscription.
            status: Only the deliveries in this status.
            event_type: Only the deliveries of this event type.
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
            The first ``SyncPage``; iterating over it yields every WebhookDelivery of
            every page, fetching each page when reached.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: SyncPage[WebhookDelivery] = paginate(
            self._client,
            _api.LIST_WEBHOOK_DELIVERIES,
            (subscription_id, status, event_type, limit, cursor),
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
        webhook_delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> WebhookDelivery:
        """Fetch a webhook delivery.

        Returns one delivery attempt: where it went, how the receiver answered, and whether it
        will be retried. A delivery of another organisation is `resource_not_found` (404).

        Args:
            webhook_delivery_id: The webhook delivery's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``WebhookDelivery``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: WebhookDelivery = call(
            self._client,
            _api.GET_WEBHOOK_DELIVERY,
            (webhook_delivery_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    def replay(
        self,
        webhook_delivery_id: str,
        *,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> WebhookDelivery:
        """Replay a webhook delivery.

        Sends a delivery's event again to its subscription's URL. The replay is a new delivery
        (its `replayed_from` names the original, which stays for audit); it is answered at
        once with status `pending`, and attempted right after. Send an `Idempotency-Key` to
        make a retried replay safe.

        Args:
            webhook_delivery_id: The webhook delivery's id.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``WebhookDelivery``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: WebhookDelivery = call(
            self._client,
            _api.REPLAY_WEBHOOK_DELIVERY,
            (webhook_delivery_id, idempotency_key),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result


class WebhookDeliveriesWithRawResponse:
    """``client.webhook_deliveries.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, webhook_deliveries: WebhookDeliveries) -> None:
        self.list = to_raw_response_wrapper(webhook_deliveries.list)
        self.get = to_raw_response_wrapper(webhook_deliveries.get)
        self.replay = to_raw_response_wrapper(webhook_deliveries.replay)


class AsyncWebhookDeliveries:
    """Webhook Deliveries (async): Every attempt to deliver an event, its outcome, and replays. Delivery ids look like
    `wbd_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhookDeliveriesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncWebhookDeliveriesWithRawResponse(self)

    def list(
        self,
        *,
        subscription_id: str | Unset = UNSET,
        status: WebhookDeliveryStatus | Unset = UNSET,
        event_type: WebhookEventType | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[WebhookDelivery]:
        """List webhook deliveries.

        Lists delivery attempts, newest first, one page at a time. Each attempt to POST an
        event to a subscription's URL is one delivery; a retry or a replay is a new one.
        Filter by subscription, by status (e.g. `dead`, the attempts that will not be retried)
        or by event type.

        Args:
            subscription_id: Only the deliveries of this subscription.
            status: Only the deliveries in this status.
            event_type: Only the deliveries of this event type.
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
            over it for every WebhookDelivery of every page.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: AsyncPaginator[WebhookDelivery] = apaginate(
            self._client,
            _api.LIST_WEBHOOK_DELIVERIES,
            (subscription_id, status, event_type, limit, cursor),
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
        webhook_delivery_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> WebhookDelivery:
        """Fetch a webhook delivery.

        Returns one delivery attempt: where it went, how the receiver answered, and whether it
        will be retried. A delivery of another organisation is `resource_not_found` (404).

        Args:
            webhook_delivery_id: The webhook delivery's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``WebhookDelivery``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: WebhookDelivery = await acall(
            self._client,
            _api.GET_WEBHOOK_DELIVERY,
            (webhook_delivery_id,),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result

    async def replay(
        self,
        webhook_delivery_id: str,
        *,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> WebhookDelivery:
        """Replay a webhook delivery.

        Sends a delivery's event again to its subscription's URL. The replay is a new delivery
        (its `replayed_from` names the original, which stays for audit); it is answered at
        once with status `pending`, and attempted right after. Send an `Idempotency-Key` to
        make a retried replay safe.

        Args:
            webhook_delivery_id: The webhook delivery's id.
            idempotency_key: Makes a retried write safe: the server keeps the first response for 24 hours
                and replays it for a request with the same key and body. The same key with
                another body is rejected. The kirimchat SDK sends one on every POST and
                keeps it across retries.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``WebhookDelivery``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: WebhookDelivery = await acall(
            self._client,
            _api.REPLAY_WEBHOOK_DELIVERY,
            (webhook_delivery_id, idempotency_key),
            None,
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
            ),
        )
        return result


class AsyncWebhookDeliveriesWithRawResponse:
    """``client.webhook_deliveries.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, webhook_deliveries: AsyncWebhookDeliveries) -> None:
        self.list = async_to_raw_response_wrapper(webhook_deliveries.list)
        self.get = async_to_raw_response_wrapper(webhook_deliveries.get)
        self.replay = async_to_raw_response_wrapper(webhook_deliveries.replay)
