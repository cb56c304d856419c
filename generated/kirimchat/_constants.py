# Copied from runtime/kirimchat/_constants.py by `make generate`: edit that file, not this one.
"""The clients' defaults and tunables, in one place."""

from __future__ import annotations

import httpx

from ._version import __version__

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""30 s for the whole call (connecting, sending, the answer, retries' and pacing's waits),
and at most 5 s of it to connect. Never unbounded."""

DEFAULT_MAX_RESPONSE_SIZE = 4 * 1024 * 1024
"""The largest body a call reads, in bytes (4 MiB, decoded): a larger one raises
``ResponseTooLargeError`` rather than fill the memory. The API's answers are a few kB."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, for connection errors, timeouts, 408, 409, 429 and 5xx."""

INITIAL_RETRY_DELAY = 0.5
"""Seconds before the first retry; doubled for each later one, with jitter."""

MAX_RETRY_DELAY = 8.0
"""The longest backoff between two attempts, in seconds."""

MAX_RETRY_AFTER = 60.0
"""A ``Retry-After`` longer than this (seconds) is not waited for: the error is raised instead."""

MAX_PACING_WAIT = MAX_RETRY_AFTER
"""The longest a request waits for a rate-limit token, in seconds; beyond it (or beyond the
call's deadline) the call raises ``RateLimitError`` without sending."""

RETRY_JITTER = 0.25
"""Each backoff is shortened by up to this share, at random, so clients do not retry in step."""

RETRYABLE_STATUSES = frozenset({408, 409, 429})
"""Statuses worth another attempt; every status from 500 up is retried too."""

MAX_TIMEOUT = 86400.0
"""The longest timeout accepted for a phase of a request, in seconds (one day)."""

MAX_EMPTY_PAGES = 3
"""Consecutive empty pages that still say ``has_more`` before a walk gives up with an error."""

DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=50)
"""Up to 50 idle connections are kept, so that 50 concurrent calls do not reconnect."""

API_KEY_ENV = "KIRIM_API_KEY"
BASE_URL_ENV = "KIRIM_BASE_URL"
LOG_ENV = "KIRIM_LOG"

USER_AGENT = f"kirimchat-python/{__version__}"
IDEMPOTENCY_HEADER = "Idempotency-Key"
RETRY_COUNT_HEADER = "X-Kirimchat-Retry-Count"
"""Sent on every attempt: 0 on the first, then the number of retries before this one."""
SHOULD_RETRY_HEADER = "x-should-retry"
"""A response header by which the server overrides the retry decision (``true``/``false``)."""
