"""The sandbox's knobs. Defaults follow the docs' free tier; tests shrink them to stay fast."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .webhooks import RETRY_DELAYS, TIMEOUT_SECONDS

DEFAULT_SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
# The docs' default (free) tier: 60 writes and 600 reads a minute, per organisation.
DEFAULT_WRITE_PER_WINDOW = 60
DEFAULT_READ_PER_WINDOW = 600
DEFAULT_WINDOW_SECONDS = 60.0
# The docs keep an idempotent response for 24 hours.
DEFAULT_IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60
# WhatsApp reports a delivered message within seconds; `make sandbox` takes one per step.
DEFAULT_MESSAGE_STATUS_STEP_SECONDS = 1.0


@dataclass(frozen=True)
class SandboxConfig:
    """How one sandbox behaves.

    A bucket holds `write_per_window` (or `read_per_window`) tokens and refills completely in
    `window_seconds`; the real API's window is a minute. Tests use small buckets and short
    windows so that a burst past the limit and its `Retry-After` wait take about a second.

    `error_rate` and `drop_rate` are the shares (0 to 1) of requests that get an injected 500,
    or whose connection is dropped after the request was carried out (the case that makes an
    `Idempotency-Key` matter). `fault_seed` makes the draws reproducible.
    """

    spec: Path = DEFAULT_SPEC
    write_per_window: int = DEFAULT_WRITE_PER_WINDOW
    read_per_window: int = DEFAULT_READ_PER_WINDOW
    window_seconds: float = DEFAULT_WINDOW_SECONDS
    idempotency_ttl_seconds: float = DEFAULT_IDEMPOTENCY_TTL_SECONDS
    error_rate: float = 0.0
    drop_rate: float = 0.0
    fault_seed: int | None = None
    world_seed: int = 0
    # Webhook deliveries: the delays before attempts 2, 3, ... (the docs' schedule: 7 delays,
    # 8 attempts; tests shrink it) and each attempt's timeout.
    webhook_retry_delays: tuple[float, ...] = RETRY_DELAYS
    webhook_timeout_seconds: float = TIMEOUT_SECONDS
    # False: deliveries go to loopback receivers only; any other host's attempt fails at once,
    # unsent (the contract run's fuzzed subscriptions must not reach out, nor wait 10 s each).
    webhook_remote_hosts: bool = True
    # Seconds between a sent message's status steps (pending → sent → delivered → read, each
    # a `message.status` event). The command line's default is DEFAULT_MESSAGE_STATUS_STEP_
    # SECONDS; here None, which leaves sent messages `pending` for a test to step by hand
    # (`messaging.advance`) without a timer racing it.
    message_status_step_seconds: float | None = None

    def __post_init__(self) -> None:
        for name in ("error_rate", "drop_rate"):
            share = getattr(self, name)
            if not 0.0 <= share <= 1.0:
                raise ValueError(f"{name} is a share of requests, from 0 to 1; got {share}")
        if self.error_rate + self.drop_rate > 1.0:
            raise ValueError("error_rate + drop_rate cannot exceed 1")
        if self.write_per_window < 1 or self.read_per_window < 1 or self.window_seconds <= 0:
            raise ValueError("rate limits need at least one token and a positive window")
