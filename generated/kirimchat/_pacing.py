# Copied from runtime/kirimchat/_pacing.py by `make generate`: edit that file, not this one.
"""Pacing: wait for the rate limit's next token instead of sending a request into a 429.

The API keeps two token buckets per organisation, one for writes (POST, PUT, PATCH, DELETE)
and one for reads (GET, HEAD), and describes the one a request used on every answer:
``X-RateLimit-Limit`` (its capacity), ``X-RateLimit-Remaining`` (tokens left, floored) and
``X-RateLimit-Reset`` (when it would be full again: Unix time, or seconds from now on servers
that send a small number). A ``Pacer`` keeps a model of each bucket from those headers:

- tokens: taken by each request as it is sent and refilled at the estimated rate. Each
  answer corrects them both ways: down to what the server can have at most (another process
  may use the same key), and up to what it has at least once every request of ours that it
  may not have counted yet is subtracted. A 429 empties the bucket until ``Retry-After``,
  and lowers the share of the refill the model counts on (someone else takes the rest);
  answers showing more tokens than the model has raise it again.
- the refill rate: the largest lower bound the answers give. ``Limit - Remaining - 1``
  tokens are missing at least, and refilling them takes until ``Reset``, counted from before
  the request was sent, plus a second for however the server rounded ``Reset``. An upper
  bound from the same headers brings the rate down if the server slows; a new ``Limit`` (a
  plan change) starts the model over. The rate only decides how long a waiter sleeps: the
  upward correction of the tokens gives the caller every token the server actually has, so
  a rate guessed low costs no throughput.

Until the first answer of a class, one request goes alone to learn the bucket; an answer
without the headers means that class is not limited. A request whose bucket is empty waits
in a first-come, first-served queue of its class, so writes never hold up reads; a waiter
that is cancelled or interrupted leaves the queue and gives its turn to the next. While the
bucket is far from empty a request costs two short locks, the clocks and one header lookup.

A request waits at most until its call's deadline and never more than ``MAX_PACING_WAIT``
(60 s, as for ``Retry-After``): when the model says its token comes later, ``pace`` raises
``WaitTooLong`` at once, without sending, and the client turns it into a ``RateLimitError``.

Every wait is logged at ``INFO`` when it ends (``kirimchat`` logger): the method, the bucket
(``write`` or ``read``) and the seconds waited.

The model assumes the client's clock is within a second of the server's; a clock further
ahead makes the rate estimate optimistic, and the 429s that follow are honoured and lower
the share.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Final

from ._constants import MAX_PACING_WAIT
from ._logging import logger

if TYPE_CHECKING:
    import anyio

WRITE_METHODS: Final = frozenset({"POST", "PUT", "PATCH", "DELETE"})

DOCUMENTED_WINDOW: Final = 60.0
"""Seconds in which the API's buckets refill (the docs give budgets a minute): the rate
assumed until the answers give a better one."""

EPOCH_THRESHOLD: Final = 1e9
"""A ``Reset`` at least this large is Unix time (2001 on); a smaller one, seconds from now."""

_UNKNOWN, _PROBING, _KNOWN, _UNMETERED = range(4)


class WaitTooLong(Exception):
    """The token of a request's bucket would come after its deadline (or ``MAX_PACING_WAIT``).

    ``seconds``: the wait the model expects, or None when it is not known (others are queued
    first, or the bucket's probe is unanswered).
    """

    def __init__(self, klass: str, seconds: float | None) -> None:
        super().__init__(klass, seconds)
        self.klass = klass
        self.seconds = seconds


def wait_limit(now: float, deadline: float | None) -> float:
    """The monotonic time past which a request does not wait for a token."""
    latest = now + MAX_PACING_WAIT
    return latest if deadline is None else min(latest, deadline)


def wait_or_give_up(turn: float | None, now: float, limit: float, klass: str) -> float:
    """How long to sleep for ``turn`` (``_Lanes.turn``'s seconds, or None: until woken); or
    raise ``WaitTooLong`` when the token would come after ``limit``."""
    if turn is not None and now + turn > limit:
        raise WaitTooLong(klass, turn)
    if now >= limit:
        raise WaitTooLong(klass, None)
    return limit - now if turn is None else turn


class Ticket:
    """One sent request, as the bucket it took a token from remembers it."""

    __slots__ = ("answered", "bucket", "probe", "sent", "sequence", "wall")

    def __init__(
        self, bucket: Bucket, sequence: int, answered: int, sent: float, wall: float, probe: bool
    ) -> None:
        self.bucket = bucket
        self.sequence = sequence  # the bucket's count of tokens taken, this one included
        self.answered = answered  # the bucket's count of answers when this one was sent
        self.sent = sent  # monotonic seconds
        self.wall = wall  # Unix seconds
        self.probe = probe


class Report:
    """The rate-limit headers of one answer, checked; ``parse`` gives None for garbage."""

    __slots__ = ("limit", "remaining", "reset")

    def __init__(self, limit: int, remaining: int, reset: float) -> None:
        self.limit, self.remaining, self.reset = limit, remaining, reset

    @classmethod
    def parse(cls, headers: Mapping[str, str]) -> Report | None:
        limit = _number(headers.get("x-ratelimit-limit"))
        remaining = _number(headers.get("x-ratelimit-remaining"))
        reset = _number(headers.get("x-ratelimit-reset"))
        if limit is None or remaining is None or reset is None or limit < 1:
            return None
        limit = min(limit, 1e9)
        return cls(int(limit), int(min(remaining, limit)), reset)

    def until_reset(self, wall: float) -> float:
        """Seconds from Unix time ``wall`` until the bucket is full."""
        return self.reset - wall if self.reset >= EPOCH_THRESHOLD else self.reset


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


class Bucket:
    """The model of one bucket. Not thread-safe: its ``Pacer`` holds a lock around it."""

    def __init__(self) -> None:
        self.state = _UNKNOWN
        self.limit = 0
        self.tokens = 0.0
        self.rate = 0.0  # tokens a second; 0 while the answers have not told
        self.rate_high = math.inf  # what the answers say the rate is below
        # The part of the refill left to us: less than all when 429s show that someone else
        # (another process with the same key) takes tokens too; more again when the server
        # turns out to have more than we thought.
        self.share = 1.0
        self.updated = 0.0
        self.taken = 0  # requests sent
        self.answered = 0  # requests answered (or lost)

    def refill_rate(self) -> float:
        return (self.rate or self.limit / DOCUMENTED_WINDOW) * self.share

    def delay(self, now: float) -> float | None:
        """Seconds until a request may go; None while it must wait for the probe's answer."""
        if self.state == _KNOWN:
            self._refill(now)
            # A hair under 1 is a token: float sums of refills never quite reach it.
            missing = 1.0 - self.tokens
            return 0.0 if missing <= 1e-9 else missing / self.refill_rate()
        return None if self.state == _PROBING else 0.0

    def take(self, now: float, wall: float) -> Ticket:
        """Take a token for a request sent now (call only when ``delay`` was 0)."""
        probe = self.state == _UNKNOWN
        if probe:
            self.state = _PROBING
        elif self.state == _KNOWN:
            self.tokens -= 1.0
        self.taken += 1
        return Ticket(self, self.taken, self.answered, now, wall, probe)

    def observe(
        self,
        ticket: Ticket,
        now: float,
        wall: float,
        status: int | None,
        report: Report | None,
        retry_after: float | None,
    ) -> None:
        """Learn from the answer to ``ticket`` (status None: no answer, e.g. a lost connection)."""
        # Ours that the server may have taken after this one: those still in flight, and those
        # answered since this one was sent.
        unseen = (self.taken - self.answered - 1) + (self.answered - ticket.answered)
        self.answered += 1
        later = self.taken - ticket.sequence  # our requests sent after this one
        if report is None:
            if ticket.probe and self.state == _PROBING:
                # A server that does not send the headers does not limit this class; a lost
                # connection, a 429 or a 5xx tells nothing, and the next request probes again.
                unmetered = status is not None and status < 500 and status != 429
                self.state = _UNMETERED if unmetered else _UNKNOWN
            elif status == 429 and self.state == _KNOWN:
                self._refill(now)
                self._hold(retry_after, later)
            return
        if self.state != _KNOWN or report.limit != self.limit:
            self.state, self.limit, self.rate, self.rate_high = _KNOWN, report.limit, 0.0, math.inf
            self.share = 1.0
            self.tokens, self.updated = float(report.remaining - later), now
        self._refill(now)
        self._learn_rate(report, ticket.wall, wall)
        if status == 429:
            self._hold(retry_after, later)
        else:
            # The server had Remaining + 0.5 tokens when it answered, give or take a half (a
            # guess, not a bound: with the whole + 1, a second process on the key would meet
            # twice the 429s); since then it refilled at most from the moment we sent, and our
            # later requests take theirs. Until an answer bounds the rate, there is no ceiling.
            refilled = self.rate_high * (now - ticket.sent) if self.rate_high < math.inf else 0
            ceiling = report.remaining + 0.5 + refilled - later
            if self.rate_high < math.inf:
                self.tokens = min(self.tokens, ceiling)
            at_least = float(report.remaining - unseen)
            if at_least > self.tokens + 1.0:
                self.share = min(1.0, self.share + 0.05)
            self.tokens = max(self.tokens, at_least)

    def _hold(self, retry_after: float | None, later: int) -> None:
        """After a 429: no token until Retry-After has passed (the server rounds it up)."""
        wait = retry_after if retry_after is not None else 1.0
        self.share = max(0.05, self.share * 0.8)
        self.tokens = min(self.tokens, 1.0 - self.refill_rate() * min(wait, 60.0) - later)

    def _learn_rate(self, report: Report, sent_wall: float, wall: float) -> None:
        missing = report.limit - report.remaining - 1  # at least this many: Remaining is floored
        since_sent = report.until_reset(sent_wall)
        if missing > 0 and since_sent > 0:
            # Reset is in whole seconds, rounded either way: full at most a second later.
            low = missing / (since_sent + 1.0)
            if low > self.rate_high:
                self.rate_high = math.inf  # the server has sped up: forget the old bound
            self.rate = max(self.rate, low)
        # ... and at least a second earlier.
        at_most = report.until_reset(wall) - 1.0
        if at_most > 0:
            high = (report.limit - report.remaining) / at_most
            self.rate_high = min(self.rate_high, high)
            self.rate = min(self.rate, high)

    def _refill(self, now: float) -> None:
        if now > self.updated:
            self.tokens = min(
                float(self.limit), self.tokens + (now - self.updated) * self.refill_rate()
            )
            self.updated = now


class _Waiter:
    __slots__ = ("event",)

    def __init__(self, event: threading.Event | anyio.Event | None) -> None:
        self.event = event


class _Lanes:
    """The buckets and waiting queues of both classes, behind one lock."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time
    ) -> None:
        self.clock, self.wall = clock, wall
        self.lock = threading.Lock()
        self.buckets = {"write": Bucket(), "read": Bucket()}
        self.queues: dict[str, deque[_Waiter]] = {"write": deque(), "read": deque()}

    def try_take(self, method: str) -> Ticket | None:
        """The fast path: a ticket if nobody waits and the bucket has a token."""
        klass = "write" if method in WRITE_METHODS else "read"
        with self.lock:
            bucket = self.buckets[klass]
            if not self.queues[klass] and bucket.delay(now := self.clock()) == 0.0:
                return bucket.take(now, self.wall())
        return None

    def turn(self, klass: str, waiter: _Waiter) -> Ticket | float | None:
        """Under the lock: a ticket if it is ``waiter``'s turn and a token is there; else the
        seconds to sleep (it is first, the token is coming), or None (wait to be woken)."""
        queue = self.queues[klass]
        if queue[0] is not waiter:
            return None
        bucket = self.buckets[klass]
        now = self.clock()
        delay = bucket.delay(now)
        if delay != 0.0:
            return delay
        queue.popleft()
        self._wake(klass)
        return bucket.take(now, self.wall())

    def waited(self, method: str, klass: str, since: float) -> None:
        """Log a wait that ended: how long, for which bucket (not one that took no time)."""
        seconds = self.clock() - since
        if seconds > 0:
            logger.info(
                "pacing: %s waited %.2f s for a token of the %s bucket", method, seconds, klass
            )

    def leave(self, klass: str, waiter: _Waiter) -> None:
        """Under the lock: ``waiter`` gives up; if it was first, the next one goes on."""
        queue = self.queues[klass]
        first = bool(queue) and queue[0] is waiter
        if waiter in queue:
            queue.remove(waiter)
        if first:
            self._wake(klass)

    def _wake(self, klass: str) -> None:
        queue = self.queues[klass]
        if queue and queue[0].event is not None:
            queue[0].event.set()

    def observe(self, ticket: Ticket, status: int | None, headers: Mapping[str, str]) -> None:
        bucket = ticket.bucket
        if status == 200 and bucket.state == _KNOWN:
            # Far from empty, by the server's count and ours, an answer changes nothing that
            # matters: one header is read, not three (the common case costs next to nothing).
            remaining = _number(headers.get("x-ratelimit-remaining"))
            if remaining is not None:
                with self.lock:
                    plenty = bucket.limit / 4 + (bucket.taken - bucket.answered)
                    if min(remaining, bucket.tokens) > plenty:
                        bucket.answered += 1
                        return
        report = Report.parse(headers) if headers else None
        retry_after = None
        if status == 429:
            retry_after = _number(headers.get("retry-after"))
        with self.lock:
            bucket.observe(ticket, self.clock(), self.wall(), status, report, retry_after)
            # The probe's answer may let the queue go; the first waiter looks again.
            klass = "write" if bucket is self.buckets["write"] else "read"
            self._wake(klass)


class Paced:
    """The span of one request: ``observe`` its answer; leaving without one frees the probe."""

    __slots__ = ("_lanes", "_observed", "_ticket")

    def __init__(self, lanes: _Lanes | None, ticket: Ticket | None) -> None:
        self._lanes, self._ticket, self._observed = lanes, ticket, False

    def observe(self, status: int, headers: Mapping[str, str]) -> None:
        if self._lanes is not None and self._ticket is not None:
            self._observed = True
            self._lanes.observe(self._ticket, status, headers)

    def __enter__(self) -> Paced:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._observed and self._lanes is not None and self._ticket is not None:
            self._lanes.observe(self._ticket, None, {})


_UNPACED = Paced(None, None)


class Pacer:
    """Paces the requests of one ``KirimChat`` and its ``with_options`` copies, in any thread.

    ``wait`` (for an event, at most a timeout) and the clocks are seams for tests.
    """

    enabled = True

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        wait: Callable[[threading.Event, float | None], object] = threading.Event.wait,
    ) -> None:
        self._lanes = _Lanes(clock, wall)
        self._wait = wait

    def pace(self, method: str, deadline: float | None = None) -> Paced:
        """Wait, if the bucket of ``method`` is empty, until this request may be sent; raise
        ``WaitTooLong`` if that is after ``deadline`` (monotonic seconds) or too long."""
        lanes = self._lanes
        ticket = lanes.try_take(method)
        if ticket is not None:
            return Paced(lanes, ticket)
        klass = "write" if method in WRITE_METHODS else "read"
        waiter = _Waiter(threading.Event())
        event = waiter.event
        assert isinstance(event, threading.Event)
        with lanes.lock:
            lanes.queues[klass].append(waiter)
        since = lanes.clock()
        limit = wait_limit(since, deadline)
        try:
            while True:
                with lanes.lock:
                    event.clear()
                    turn = lanes.turn(klass, waiter)
                if isinstance(turn, Ticket):
                    lanes.waited(method, klass, since)
                    return Paced(lanes, turn)
                # Until the token is due, or until an answer changes the model.
                self._wait(event, wait_or_give_up(turn, lanes.clock(), limit, klass))
        except BaseException:
            with lanes.lock:
                lanes.leave(klass, waiter)
            raise


class NoPacer(Pacer):
    """``pacing=False``: every request goes at once."""

    enabled = False

    def pace(self, method: str, deadline: float | None = None) -> Paced:
        return _UNPACED


class AsyncPacer:
    """Paces the requests of one ``AsyncKirimChat`` and its copies, for the tasks of its loop.

    ``wait`` (for an event, at most a timeout) and the clocks are seams for tests.
    """

    enabled = True

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        wait: Callable[[anyio.Event, float | None], Awaitable[None]] | None = None,
    ) -> None:
        self._lanes = _Lanes(clock, wall)
        self._wait = wait or _wait_for

    async def pace(self, method: str, deadline: float | None = None) -> Paced:
        """Wait, if the bucket of ``method`` is empty, until this request may be sent; raise
        ``WaitTooLong`` if that is after ``deadline`` (monotonic seconds) or too long."""
        lanes = self._lanes
        ticket = lanes.try_take(method)
        if ticket is not None:
            return Paced(lanes, ticket)
        import anyio  # only when a request has to wait: keeps `import kirimchat` fast

        klass = "write" if method in WRITE_METHODS else "read"
        waiter = _Waiter(None)
        with lanes.lock:
            lanes.queues[klass].append(waiter)
        since = lanes.clock()
        limit = wait_limit(since, deadline)
        try:
            while True:
                event = anyio.Event()
                with lanes.lock:
                    waiter.event = event
                    turn = lanes.turn(klass, waiter)
                if isinstance(turn, Ticket):
                    lanes.waited(method, klass, since)
                    return Paced(lanes, turn)
                await self._wait(event, wait_or_give_up(turn, lanes.clock(), limit, klass))
        except BaseException:  # cancelled: give up the turn
            with lanes.lock:
                lanes.leave(klass, waiter)
            raise


async def _wait_for(event: anyio.Event, timeout: float | None) -> None:
    import anyio

    with anyio.move_on_after(timeout):
        await event.wait()


class NoAsyncPacer(AsyncPacer):
    """``pacing=False``: every request goes at once."""

    enabled = False

    async def pace(self, method: str, deadline: float | None = None) -> Paced:
        return _UNPACED
