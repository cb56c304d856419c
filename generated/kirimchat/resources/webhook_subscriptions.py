# Generated from openapi.yaml by `make generate` with templates/kirimchat/resources/{tag}.py.jinja: edit that, not this file.
"""``client.webhook_subscriptions``: Endpoints of yours that receive the organisation's events, signed. Subscription ids look
like `wbs_01HXYZABCDEFGHJKMNPQRSTVWX`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .. import _api, params
from .._base_client import RequestOptions, Timeout
from .._operations import acall, apaginate, call, paginate
from .._pagination import AsyncPaginator, SyncPage
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.created_webhook_secret import CreatedWebhookSecret
from ..models.created_webhook_subscription import CreatedWebhookSubscription
from ..models.webhook_subscription import WebhookSubscription
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..client import AsyncKirimChat, KirimChat

__all__ = [
    "WebhookSubscriptions",
    "AsyncWebhookSubscriptions",
    "WebhookSubscriptionsWithRawResponse",
    "AsyncWebhookSubscriptionsWithRawResponse",
]


class WebhookSubscriptions:
    """Webhook Subscriptions: Endpoints of yours that receive the organisation's events, signed. Subscription ids look
    like `wbs_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: KirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhookSubscriptionsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return WebhookSubscriptionsWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> SyncPage[WebhookSubscription]:
        """List webhook subscriptions.

        Lists the organisation's webhook subscriptions, newest first, one page at a time. A
        subscription never shows its secrets' values, only their ids and expiry.

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
            The first ``SyncPage``; iterating over it yields every WebhookSubscription
            of every page, fetching each page when reached.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: SyncPage[WebhookSubscription] = paginate(
            self._client,
            _api.LIST_WEBHOOK_SUBSCRIPTIONS,
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
        url: params.WebhookSubscriptionUrl,
        events: params.WebhookSubscriptionEvents,
        description: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreatedWebhookSubscription:
        """Create a webhook subscription.

        Subscribes a URL to some of the events of the whole organisation (every connected
        WhatsApp number). The URL must use `https://`; any other scheme is a 400 with code
        `invalid_webhook_url`.

        The response carries `initial_secret`, the signing secret, once: store it at once, the
        API never shows it again. Each delivery is signed with it as the `webhooks` section of
        this document describes; `client.webhooks.unwrap` checks the signature for you.

        Args:
            url: Where the events are POSTed. The API accepts only `https://` URLs (else 400
                `invalid_webhook_url`).
            events: The event types to deliver, at least one, each once.
            description: A note of yours on what the subscription is for.
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
            The parsed ``CreatedWebhookSubscription``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: CreatedWebhookSubscription = call(
            self._client,
            _api.CREATE_WEBHOOK_SUBSCRIPTION,
            (idempotency_key,),
            {"url": url, "events": events, "description": description},
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
        webhook_subscription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> WebhookSubscription:
        """Fetch a webhook subscription.

        Returns one webhook subscription, without its secrets' values. A subscription of another
        organisation is `resource_not_found` (404).

        Args:
            webhook_subscription_id: The webhook subscription's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``WebhookSubscription``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: WebhookSubscription = call(
            self._client,
            _api.GET_WEBHOOK_SUBSCRIPTION,
            (webhook_subscription_id,),
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
        webhook_subscription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a webhook subscription.

        Deletes a subscription for good: no event is delivered to it any more. Its past
        deliveries stay listed. From then on its id is unknown (404).

        Args:
            webhook_subscription_id: The webhook subscription's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            None: the response has no body.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: None = call(
            self._client,
            _api.DELETE_WEBHOOK_SUBSCRIPTION,
            (webhook_subscription_id,),
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
        webhook_subscription_id: str,
        *,
        url: params.WebhookSubscriptionUrl | Unset = UNSET,
        events: params.WebhookSubscriptionEvents | Unset = UNSET,
        description: str | None | Unset = UNSET,
        status: params.WebhookSubscriptionStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> WebhookSubscription:
        """Update a webhook subscription.

        Changes a subscription's URL, description, events or status; omitted fields keep their
        value. Setting `status` to `disabled` pauses deliveries; `active` resumes them (also
        for a subscription the API disabled after repeated failures). A new `url` must use
        `https://`, else 400 `invalid_webhook_url`.

        Args:
            webhook_subscription_id: The webhook subscription's id.
            url: Where the events are POSTed. The API accepts only `https://` URLs (else 400
                `invalid_webhook_url`).
            events: The event types to deliver, at least one, each once.
            description: A new note, or null to remove it.
            status: `active` subscriptions receive their events; `disabled` ones (by you, or by
                the API after repeated failed deliveries) receive none until set `active`
                again.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``WebhookSubscription``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: WebhookSubscription = call(
            self._client,
            _api.UPDATE_WEBHOOK_SUBSCRIPTION,
            (webhook_subscription_id,),
            {"url": url, "events": events, "description": description, "status": status},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result

    def rotate_webhook_secret(
        self,
        webhook_subscription_id: str,
        *,
        expires_in_hours: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreatedWebhookSecret:
        """Add a new signing secret (rotation).

        Issues a new signing secret for a subscription; its value is in the response, once.
        The secrets active until now keep signing for `expires_in_hours` more hours and then
        expire. During that overlap every delivery carries one `v1=` signature per active
        secret, so a receiver can switch to the new secret without missing an event. Send an
        `Idempotency-Key`, as the vendor recommends for this call.

        Args:
            webhook_subscription_id: The webhook subscription's id.
            expires_in_hours: Hours until the previously active secrets expire, from 1 to 720. Default:
                ``24``.
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
            The parsed ``CreatedWebhookSecret``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: CreatedWebhookSecret = call(
            self._client,
            _api.ROTATE_WEBHOOK_SECRET,
            (webhook_subscription_id, idempotency_key),
            {"expires_in_hours": expires_in_hours},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result


class WebhookSubscriptionsWithRawResponse:
    """``client.webhook_subscriptions.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, webhook_subscriptions: WebhookSubscriptions) -> None:
        self.list = to_raw_response_wrapper(webhook_subscriptions.list)
        self.create = to_raw_response_wrapper(webhook_subscriptions.create)
        self.get = to_raw_response_wrapper(webhook_subscriptions.get)
        self.delete = to_raw_response_wrapper(webhook_subscriptions.delete)
        self.update = to_raw_response_wrapper(webhook_subscriptions.update)
        self.rotate_webhook_secret = to_raw_response_wrapper(
            webhook_subscriptions.rotate_webhook_secret
        )


class AsyncWebhookSubscriptions:
    """Webhook Subscriptions (async): Endpoints of yours that receive the organisation's events, signed. Subscription ids look
    like `wbs_01HXYZABCDEFGHJKMNPQRSTVWX`."""

    def __init__(self, client: AsyncKirimChat) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhookSubscriptionsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, body)."""
        return AsyncWebhookSubscriptionsWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[WebhookSubscription]:
        """List webhook subscriptions.

        Lists the organisation's webhook subscriptions, newest first, one page at a time. A
        subscription never shows its secrets' values, only their ids and expiry.

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
            over it for every WebhookSubscription of every page.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: AsyncPaginator[WebhookSubscription] = apaginate(
            self._client,
            _api.LIST_WEBHOOK_SUBSCRIPTIONS,
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
        url: params.WebhookSubscriptionUrl,
        events: params.WebhookSubscriptionEvents,
        description: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreatedWebhookSubscription:
        """Create a webhook subscription.

        Subscribes a URL to some of the events of the whole organisation (every connected
        WhatsApp number). The URL must use `https://`; any other scheme is a 400 with code
        `invalid_webhook_url`.

        The response carries `initial_secret`, the signing secret, once: store it at once, the
        API never shows it again. Each delivery is signed with it as the `webhooks` section of
        this document describes; `client.webhooks.unwrap` checks the signature for you.

        Args:
            url: Where the events are POSTed. The API accepts only `https://` URLs (else 400
                `invalid_webhook_url`).
            events: The event types to deliver, at least one, each once.
            description: A note of yours on what the subscription is for.
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
            The parsed ``CreatedWebhookSubscription``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: CreatedWebhookSubscription = await acall(
            self._client,
            _api.CREATE_WEBHOOK_SUBSCRIPTION,
            (idempotency_key,),
            {"url": url, "events": events, "description": description},
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
        webhook_subscription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> WebhookSubscription:
        """Fetch a webhook subscription.

        Returns one webhook subscription, without its secrets' values. A subscription of another
        organisation is `resource_not_found` (404).

        Args:
            webhook_subscription_id: The webhook subscription's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            The parsed ``WebhookSubscription``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.
        """
        result: WebhookSubscription = await acall(
            self._client,
            _api.GET_WEBHOOK_SUBSCRIPTION,
            (webhook_subscription_id,),
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
        webhook_subscription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
    ) -> None:
        """Delete a webhook subscription.

        Deletes a subscription for good: no event is delivered to it any more. Its past
        deliveries stay listed. From then on its id is unknown (404).

        Args:
            webhook_subscription_id: The webhook subscription's id.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).

        Returns:
            None: the response has no body.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: None = await acall(
            self._client,
            _api.DELETE_WEBHOOK_SUBSCRIPTION,
            (webhook_subscription_id,),
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
        webhook_subscription_id: str,
        *,
        url: params.WebhookSubscriptionUrl | Unset = UNSET,
        events: params.WebhookSubscriptionEvents | Unset = UNSET,
        description: str | None | Unset = UNSET,
        status: params.WebhookSubscriptionStatus | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> WebhookSubscription:
        """Update a webhook subscription.

        Changes a subscription's URL, description, events or status; omitted fields keep their
        value. Setting `status` to `disabled` pauses deliveries; `active` resumes them (also
        for a subscription the API disabled after repeated failures). A new `url` must use
        `https://`, else 400 `invalid_webhook_url`.

        Args:
            webhook_subscription_id: The webhook subscription's id.
            url: Where the events are POSTed. The API accepts only `https://` URLs (else 400
                `invalid_webhook_url`).
            events: The event types to deliver, at least one, each once.
            description: A new note, or null to remove it.
            status: `active` subscriptions receive their events; `disabled` ones (by you, or by
                the API after repeated failed deliveries) receive none until set `active`
                again.
            extra_headers: more headers for this request only.
            timeout: seconds (or an ``httpx.Timeout``) for the whole call, retries and
                waits included, instead of the client's.
            max_retries: retries for this request instead of the client's.
            extra_query: more query parameters for this request (they win over the others).
            extra_body: more fields for this request's JSON body (they win over the others).

        Returns:
            The parsed ``WebhookSubscription``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        look before calling it again.
        """
        result: WebhookSubscription = await acall(
            self._client,
            _api.UPDATE_WEBHOOK_SUBSCRIPTION,
            (webhook_subscription_id,),
            {"url": url, "events": events, "description": description, "status": status},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result

    async def rotate_webhook_secret(
        self,
        webhook_subscription_id: str,
        *,
        expires_in_hours: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreatedWebhookSecret:
        """Add a new signing secret (rotation).

        Issues a new signing secret for a subscription; its value is in the response, once.
        The secrets active until now keep signing for `expires_in_hours` more hours and then
        expire. During that overlap every delivery carries one `v1=` signature per active
        secret, so a receiver can switch to the new secret without missing an event. Send an
        `Idempotency-Key`, as the vendor recommends for this call.

        Args:
            webhook_subscription_id: The webhook subscription's id.
            expires_in_hours: Hours until the previously active secrets expire, from 1 to 720. Default:
                ``24``.
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
            The parsed ``CreatedWebhookSecret``.

        Raises:
            kirimchat.ParamValidationError: an argument breaks the API description; nothing was sent.
            kirimchat.APIStatusError: the API answered with an error (a subclass per status).
            kirimchat.APIConnectionError: no response, after every retry.

        Every error of this write says whether it ``may_have_been_applied`` all the same;
        call again with ``idempotency_key=error.idempotency_key`` to apply it at most once.
        """
        result: CreatedWebhookSecret = await acall(
            self._client,
            _api.ROTATE_WEBHOOK_SECRET,
            (webhook_subscription_id, idempotency_key),
            {"expires_in_hours": expires_in_hours},
            RequestOptions(
                extra_headers=extra_headers,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
        return result


class AsyncWebhookSubscriptionsWithRawResponse:
    """``client.webhook_subscriptions.with_raw_response``: each method returns an ``APIResponse`` (of the first page, for lists)."""

    def __init__(self, webhook_subscriptions: AsyncWebhookSubscriptions) -> None:
        self.list = async_to_raw_response_wrapper(webhook_subscriptions.list)
        self.create = async_to_raw_response_wrapper(webhook_subscriptions.create)
        self.get = async_to_raw_response_wrapper(webhook_subscriptions.get)
        self.delete = async_to_raw_response_wrapper(webhook_subscriptions.delete)
        self.update = async_to_raw_response_wrapper(webhook_subscriptions.update)
        self.rotate_webhook_secret = async_to_raw_response_wrapper(
            webhook_subscriptions.rotate_webhook_secret
        )
