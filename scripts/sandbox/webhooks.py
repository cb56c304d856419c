"""Webhook subscriptions, the events they receive, and each signed delivery attempt.

What the docs say, and the sandbox does (handlers/webhook_subscriptions.py and
webhook_deliveries.py serve it):
- an event is the Kirim envelope `{id: evt_…, type, created_at, data}`, checked against the
  schema the spec's `webhooks:` section gives its type, and sent as compact JSON;
  every attempt of an event carries the same bytes and the same `X-Kirim-Event-Id`;
- each attempt is POSTed with `X-Kirim-Signature: t=<unix>,v1=<hex>[,v1=…]`, one HMAC-SHA256
  of `"{t}.{body}"` per active secret, keyed by the secret string's UTF-8 bytes (the spec's
  reading), plus `X-Kirim-Event`, `X-Kirim-Event-Id`, `X-Kirim-Delivery-Id`, `X-Kirim-Attempt`
  and `X-Kirim-Source: kirim`;
- a 2xx is a success; a 3xx (redirects are not followed), 408, 429, 5xx, a network error or
  no answer within the timeout (10 s) is retried; any other 4xx is not (`dead` at once);
- 8 attempts at most, after 10 s, 30 s, 2 min, 10 min, 1 h, 6 h and 24 h (`retry_delays`,
  which tests shrink); the last failure is `dead`; each attempt is a delivery of its own;
- after 20 events in a row that ended `dead`, the subscription is disabled.
The sandbox's own choices: no ±20 % jitter and no `Retry-After` on a 429 (the schedule is
the test's to set), and a replay starts a fresh series of attempts (its first names the
replayed delivery in `replayed_from`).

Deliveries run as tasks of the event loop that serves the sandbox; handlers and timers call
`emit` from that loop, and code on another thread may too (the task is handed over). The
status timer is a task of that loop too: after each `message.created`, it moves the message
one step every `message_status_step_seconds` (`walk_statuses`), as WhatsApp's reports would.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from . import messaging, spec
from .ids import new_id
from .world import World

logger = logging.getLogger("sandbox.webhooks")

# The docs' retry page: the delay before attempts 2 to 8.
RETRY_DELAYS = (10.0, 30.0, 120.0, 600.0, 3600.0, 6 * 3600.0, 24 * 3600.0)
TIMEOUT_SECONDS = 10.0
DISABLE_AFTER_DEAD_EVENTS = 20
USER_AGENT = "Kirim-Webhook/1.0"
# The sandbox, unlike the API, delivers to plain http:// on these hosts (a local receiver).
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def now() -> datetime:
    """The real time, for expiry. (`World.now` moves on at each call: it stamps creations.)"""
    return datetime.now(UTC)


@dataclass
class SigningSecret:
    id: str
    value: str
    created_at: datetime
    expires_at: datetime | None = None

    def active(self) -> bool:
        return self.expires_at is None or now() < self.expires_at


@dataclass
class Subscription:
    id: str
    org_id: str
    url: str
    events: list[str]
    description: str | None
    secrets: list[SigningSecret]
    created_at: datetime
    updated_at: datetime
    status: str = "active"
    dead_in_a_row: int = 0

    def active_secrets(self) -> list[SigningSecret]:
        return [secret for secret in self.secrets if secret.active()]


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    org_id: str
    body: bytes  # the JSON sent, the same bytes on every attempt


@dataclass
class Delivery:
    id: str
    subscription_id: str
    event: Event
    url: str
    attempt: int
    created_at: datetime
    status: str = "pending"
    response_status: int | None = None
    replayed_from: str | None = None
    completed_at: datetime | None = None

    @property
    def org_id(self) -> str:
        return self.event.org_id


def is_deliverable_url(url: str) -> bool:
    """https://, or plain http:// to this machine (the sandbox's one liberty)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if not host:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and host in LOOPBACK_HOSTS)


def signature_header(body: bytes, secrets_: list[str], timestamp: int) -> str:
    signed = f"{timestamp}.".encode() + body
    digests = [hmac.new(s.encode(), signed, hashlib.sha256).hexdigest() for s in secrets_]
    return ",".join([f"t={timestamp}", *(f"v1={digest}" for digest in digests)])


def event_schemas(document: dict[str, Any]) -> dict[str, spec.Validator]:
    """The check of each event type of the spec's `webhooks:` section, by its JSON body."""
    schemas, checks = spec.Schemas(document), {}
    for event_type, item in document.get("webhooks", {}).items():
        body = spec.resolve(document, item["post"]["requestBody"])
        checks[event_type] = schemas.check(body["content"][spec.JSON]["schema"])
    return checks


@dataclass
class Webhooks:
    """The subscriptions and deliveries of every organisation, and the delivery tasks."""

    clock: Callable[[], datetime]  # the world's: strictly increasing creation times
    schemas: Mapping[str, spec.Validator]  # each event type's (`event_schemas`)
    retry_delays: tuple[float, ...] = RETRY_DELAYS
    timeout: float = TIMEOUT_SECONDS
    disable_after: int = DISABLE_AFTER_DEAD_EVENTS
    remote_hosts: bool = True  # False: only loopback URLs are sent to (SandboxConfig's)
    # True: events are sent as a next API version might send them, checked against the spec
    # first and then changed (a field added, the first field of `data` dropped), so that a
    # test can show a receiver still takes them (`unwrap` reads them leniently).
    next_version: bool = False
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    deliveries: dict[str, Delivery] = field(default_factory=dict)
    _tasks: set[asyncio.Future[None]] = field(default_factory=set)
    _loop: asyncio.AbstractEventLoop | None = None
    _world: World | None = None
    _status_step: float | None = None

    # Subscriptions.

    def subscribe(
        self, org_id: str, url: str, events: list[str], description: str | None
    ) -> tuple[Subscription, SigningSecret]:
        self._remember_loop()
        now = self.clock()
        secret = self._new_secret(now)
        subscription = Subscription(
            new_id("wbs"), org_id, url, events, description, [secret], now, now
        )
        self.subscriptions[subscription.id] = subscription
        return subscription, secret

    def rotate(self, subscription: Subscription, overlap_hours: int) -> SigningSecret:
        """A new secret; the ones active until now sign for `overlap_hours` more."""
        now = self.clock()
        ends = now + timedelta(hours=overlap_hours)
        for old in subscription.active_secrets():
            old.expires_at = ends if old.expires_at is None else min(old.expires_at, ends)
        secret = self._new_secret(now)
        subscription.secrets = [*subscription.active_secrets(), secret]
        subscription.updated_at = now
        return secret

    def subscription(self, org_id: str, subscription_id: str) -> Subscription | None:
        found = self.subscriptions.get(subscription_id)
        return found if found is not None and found.org_id == org_id else None

    def subscriptions_of(self, org_id: str) -> list[Subscription]:
        return [s for s in self.subscriptions.values() if s.org_id == org_id]

    def delete(self, subscription: Subscription) -> None:
        # Its deliveries stay listed; its tasks find it gone and stop.
        del self.subscriptions[subscription.id]

    def delivery(self, org_id: str, delivery_id: str) -> Delivery | None:
        found = self.deliveries.get(delivery_id)
        return found if found is not None and found.org_id == org_id else None

    def deliveries_of(self, org_id: str) -> list[Delivery]:
        return [d for d in self.deliveries.values() if d.org_id == org_id]

    # Events and deliveries.

    def walk_statuses(self, world: World, step_seconds: float | None) -> None:
        """Every `step_seconds`, move each message sent from now on one status step
        (`messaging.advance`, a `message.status` event each) until `read` or `failed`: what
        WhatsApp's delivery reports do. None leaves sent messages `pending`."""
        self._world, self._status_step = world, step_seconds

    async def _advance(self, message_id: str, step_seconds: float) -> None:
        while True:
            await asyncio.sleep(step_seconds)
            message = self._world.messages.get(message_id) if self._world else None
            if message is None or not messaging.advance(self._world, message):
                return

    def emit(self, org_id: str, event_type: str, data: dict[str, Any]) -> Event:
        """Send an event to every active subscription of `org_id` that asked for its type."""
        check = self.schemas.get(event_type)
        if check is None:
            raise ValueError(f"the spec's webhooks section has no event {event_type!r}")
        event_id = new_id("evt")
        envelope = {"id": event_id, "type": event_type, "created_at": self.clock(), "data": data}
        payload = check(spec.jsonable(envelope))
        if self.next_version:
            payload = _as_next_version(payload)
        event = Event(
            event_id, event_type, org_id, json.dumps(payload, separators=(",", ":")).encode()
        )
        for subscription in self.subscriptions_of(org_id):
            if subscription.status == "active" and event_type in subscription.events:
                self._start(self._record(subscription, event, attempt=1))
        if event_type == "message.created" and self._status_step is not None:
            self._spawn(self._advance(data["message"]["id"], self._status_step))
        return event

    def replay(self, delivery: Delivery, subscription: Subscription) -> Delivery:
        """A fresh series of attempts of a delivery's event; returned while still pending."""
        first = self._record(subscription, delivery.event, attempt=1, replayed_from=delivery.id)
        self._start(first)
        return first

    def close(self) -> None:
        """Cancel the delivery tasks still running or waiting for a retry (any thread)."""
        loop, tasks = self._loop, list(self._tasks)
        if loop is not None and not loop.is_closed():
            for task in tasks:
                loop.call_soon_threadsafe(task.cancel)

    def _new_secret(self, now: datetime) -> SigningSecret:
        return SigningSecret(new_id("sec"), "whsec_" + secrets.token_urlsafe(24), now)

    def _record(
        self,
        subscription: Subscription,
        event: Event,
        attempt: int,
        replayed_from: str | None = None,
    ) -> Delivery:
        delivery = Delivery(
            new_id("wbd"),
            subscription.id,
            event,
            subscription.url,
            attempt,
            self.clock(),
            replayed_from=replayed_from,
        )
        self.deliveries[delivery.id] = delivery
        return delivery

    def _start(self, first: Delivery) -> None:
        self._spawn(self._attempts(first))

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # another thread: hand the work to the sandbox's loop
            loop = self._loop
            if loop is None or loop.is_closed():
                work.close()
                logger.warning("no event loop to deliver webhooks on; the delivery stays pending")
                return
            loop.call_soon_threadsafe(lambda: self._track(loop.create_task(work)))
            return
        self._loop = loop
        self._track(loop.create_task(work))

    def _remember_loop(self) -> None:
        """The loop serving requests, for `emit` calls from other threads."""
        with contextlib.suppress(RuntimeError):  # none running: keep the one known
            self._loop = asyncio.get_running_loop()

    def _track(self, task: asyncio.Future[None]) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _attempts(self, delivery: Delivery) -> None:
        """One event to one subscription: attempts until a success, a `dead`, or the end."""
        while True:
            subscription = self.subscriptions.get(delivery.subscription_id)
            if subscription is None or subscription.status != "active":
                return  # deleted or disabled meanwhile: this attempt stays pending, unsent
            retry = await self._attempt(subscription, delivery)
            if not retry:
                self._count(subscription, delivery)
                return
            await asyncio.sleep(self.retry_delays[delivery.attempt - 1])
            delivery = self._record(subscription, delivery.event, attempt=delivery.attempt + 1)

    async def _attempt(self, subscription: Subscription, delivery: Delivery) -> bool:
        """POST the event once; whether another attempt should follow."""
        event = delivery.event
        signing = [secret.value for secret in subscription.active_secrets()]
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-Kirim-Source": "kirim",
            "X-Kirim-Event": event.type,
            "X-Kirim-Event-Id": event.id,
            "X-Kirim-Delivery-Id": delivery.id,
            "X-Kirim-Attempt": str(delivery.attempt),
            "X-Kirim-Signature": signature_header(event.body, signing, int(time.time())),
        }
        if not self.remote_hosts and urlsplit(delivery.url).hostname not in LOOPBACK_HOSTS:
            logger.info(
                "webhook %s to %s: not sent (remote hosts are off)", delivery.id, delivery.url
            )
            return self._outcome(delivery, None)
        # trust_env off: a proxy of this machine's environment must not see local deliveries.
        async with httpx.AsyncClient(
            timeout=self.timeout, follow_redirects=False, trust_env=False
        ) as client:
            try:
                response = await client.post(delivery.url, content=event.body, headers=headers)
            except httpx.HTTPError as error:
                logger.info("webhook %s to %s: %r", delivery.id, delivery.url, error)
                status = None
            else:
                status = response.status_code
        return self._outcome(delivery, status)

    def _outcome(self, delivery: Delivery, status: int | None) -> bool:
        """Record an attempt's answer (None: none came); whether another attempt follows."""
        delivery.response_status = status
        delivery.completed_at = self.clock()
        if status is not None and 200 <= status < 300:
            delivery.status = "succeeded"
            return False
        retryable = status is None or status in (408, 429) or status < 400 or status >= 500
        last = delivery.attempt > len(self.retry_delays)
        delivery.status = "failed" if retryable and not last else "dead"
        return delivery.status == "failed"

    def _count(self, subscription: Subscription, delivery: Delivery) -> None:
        if delivery.status == "succeeded":
            subscription.dead_in_a_row = 0
            return
        subscription.dead_in_a_row += 1
        if subscription.dead_in_a_row >= self.disable_after:
            subscription.status = "disabled"
            subscription.updated_at = self.clock()


def _as_next_version(payload: dict[str, Any]) -> dict[str, Any]:
    """An event as a later API version may send it: one field more, one field less."""
    data = dict(payload.get("data") or {})
    if data:
        del data[next(iter(data))]
    return {**payload, "data": data, "added_in_a_later_version": True}
