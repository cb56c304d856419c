"""Token buckets per organisation and request class, as the rate-limit docs describe.

A bucket holds `capacity` tokens and refills at `capacity / window` tokens a second. Each
request takes one token; with none left it gets 429 and `Retry-After`, the whole seconds until
a token is back. `X-RateLimit-Reset` is the Unix time at which the bucket would be full again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

# The docs' two classes: writes (POST, PUT, PATCH, DELETE) and reads (GET, HEAD).
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# The docs' tiers by their budgets a minute (writes, reads); any other budget is Enterprise's,
# whose limits the docs call configurable.
TIERS = {(60, 600): "default", (600, 6000): "pro"}
CONFIGURABLE_TIER = "enterprise"


def request_class(method: str) -> str:
    return "write" if method.upper() in WRITE_METHODS else "read"


@dataclass(frozen=True)
class Budgets:
    """What GET /me reports: the tier and its budgets a minute."""

    tier: str
    write_per_minute: int
    read_per_minute: int


@dataclass(frozen=True)
class BucketReport:
    limit: int
    remaining: int
    reset: int
    retry_after: int | None = None  # set when the request was refused

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }


class TokenBucket:
    def __init__(
        self,
        capacity: int,
        window_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.capacity = capacity
        self.rate = capacity / window_seconds  # tokens a second
        self._clock, self._wall_clock = clock, wall_clock
        self._tokens = float(capacity)
        self._updated = clock()

    def take(self) -> BucketReport:
        """Take one token if there is one; the report says what is left or how long to wait."""
        self._refill()
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return self.report()
        # ceil, so that the client never comes back a moment too early (and never with 0).
        return self.report(retry_after=math.ceil((1.0 - self._tokens) / self.rate))

    def report(self, retry_after: int | None = None) -> BucketReport:
        self._refill()
        until_full = (self.capacity - self._tokens) / self.rate
        return BucketReport(
            limit=self.capacity,
            remaining=math.floor(self._tokens),
            reset=math.ceil(self._wall_clock() + until_full),
            retry_after=retry_after,
        )

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
        self._updated = now


class RateLimiter:
    """One bucket per (organisation, class), created full on first use."""

    def __init__(self, capacities: dict[str, int], window_seconds: float) -> None:
        self.capacities = capacities
        self.window_seconds = window_seconds
        self._buckets: dict[tuple[str, str], TokenBucket] = {}

    def bucket(self, org_id: str, klass: str) -> TokenBucket:
        key = (org_id, klass)
        if key not in self._buckets:
            self._buckets[key] = TokenBucket(self.capacities[klass], self.window_seconds)
        return self._buckets[key]

    def budgets(self) -> Budgets:
        """The buckets' capacities as budgets a minute, and the documented tier they match."""
        per_minute = {
            klass: round(capacity * 60 / self.window_seconds)
            for klass, capacity in self.capacities.items()
        }
        writes, reads = per_minute["write"], per_minute["read"]
        return Budgets(TIERS.get((writes, reads), CONFIGURABLE_TIER), writes, reads)

    def untouched(self, klass: str) -> BucketReport:
        """What a full bucket of this class reports (for requests of no known organisation)."""
        return TokenBucket(self.capacities[klass], self.window_seconds).report()
