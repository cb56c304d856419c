"""Which failures are retried, how long the client waits, and what each retry carries."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import kirimchat
import pytest
from client_harness import KINDS, Harness, api_error, attached, raw

RETRIED = [408, 409, 429, 500, 502, 503, 504]
NOT_RETRIED = [400, 401, 403, 404, 422]


def _failure(status: int) -> httpx.Response:
    return raw(
        status, '{"error": {"type": "api_error", "code": "x", "message": "m", "request_id": "r"}}'
    )


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", RETRIED)
def test_retryable_status_is_retried_then_succeeds(kind: str, status: int) -> None:
    harness = Harness(kind, [_failure(status), _failure(status), attached()])
    result = harness.attach()
    assert result.attached is True
    assert len(harness.requests) == 3
    assert len(harness.sleeps) == 2


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", RETRIED)
def test_retryable_status_gives_up_after_max_retries(kind: str, status: int) -> None:
    harness = Harness(kind, [_failure(status) for _ in range(3)])
    with pytest.raises(kirimchat.APIStatusError) as caught:
        harness.attach()
    assert caught.value.status_code == status
    assert len(harness.requests) == 3  # the first attempt and the default 2 retries


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", NOT_RETRIED)
def test_client_errors_are_never_retried(kind: str, status: int) -> None:
    harness = Harness(kind, [_failure(status)])
    with pytest.raises(kirimchat.APIStatusError):
        harness.attach()
    assert len(harness.requests) == 1
    assert harness.sleeps == []


@pytest.mark.parametrize("kind", KINDS)
def test_backoff_doubles_from_half_a_second_with_jitter_and_caps_at_eight(kind: str) -> None:
    harness = Harness(kind, [_failure(503) for _ in range(8)], max_retries=7)
    with pytest.raises(kirimchat.InternalServerError):
        harness.attach()
    assert len(harness.sleeps) == 7
    for attempt, wait in enumerate(harness.sleeps):
        base = min(0.5 * 2**attempt, 8.0)
        assert 0.75 * base <= wait <= base, (attempt, wait)
    assert max(harness.sleeps) <= 8.0


def test_jitter_varies_the_waits() -> None:
    waits = set()
    for _ in range(5):
        harness = Harness("sync", [_failure(503), attached()])
        harness.attach()
        waits.add(harness.sleeps[0])
    assert len(waits) > 1


def _rate_limited(headers: dict[str, str]) -> httpx.Response:
    return api_error(429, "rate_limit_error", "rate_limit_exceeded", headers=headers)


def _http_date(seconds_from_now: float) -> str:
    return format_datetime(
        datetime.now(timezone.utc) + timedelta(seconds=seconds_from_now), usegmt=True
    )


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("headers", "low", "high"),
    [
        ({"Retry-After": "3"}, 3.0, 3.0),
        ({"Retry-After": "1.5"}, 1.5, 1.5),
        ({"retry-after-ms": "1500"}, 1.5, 1.5),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25, 0.25),
        ({"Retry-After": "60"}, 60.0, 60.0),
        # 0 or below, or unreadable: the client's own backoff (0.375..0.5 s for the first)
        ({"Retry-After": "0"}, 0.375, 0.5),
        ({"retry-after-ms": "0"}, 0.375, 0.5),
        ({"Retry-After": "-5"}, 0.375, 0.5),
        ({"Retry-After": "nan"}, 0.375, 0.5),
        ({"Retry-After": "inf"}, 0.375, 0.5),
        ({"Retry-After": "soon"}, 0.375, 0.5),
        ({}, 0.375, 0.5),
    ],
)
def test_retry_after_is_honoured_above_0_and_up_to_60_seconds(
    kind: str, headers: dict[str, str], low: float, high: float
) -> None:
    harness = Harness(kind, [_rate_limited(headers), attached()])
    harness.attach(timeout=90)  # the wait fits in the call's time
    assert low <= harness.sleeps[0] <= high


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_after_past_the_calls_timeout_is_not_waited_for(kind: str) -> None:
    harness = Harness(kind, [_rate_limited({"Retry-After": "45"}), attached()])
    with pytest.raises(kirimchat.RateLimitError, match="timeout of 30 s would pass") as raised:
        harness.attach()
    assert harness.sleeps == [] and raised.value.retry_after == 45


@pytest.mark.parametrize("kind", KINDS)
def test_retry_after_as_http_date(kind: str) -> None:
    harness = Harness(kind, [_rate_limited({"Retry-After": _http_date(20)}), attached()])
    harness.attach()
    assert 17 <= harness.sleeps[0] <= 20


@pytest.mark.parametrize("kind", KINDS)
def test_one_idempotency_key_for_a_post_and_all_its_retries(kind: str) -> None:
    harness = Harness(kind, [_failure(500), httpx.ConnectError("reset"), attached()])
    harness.attach()
    keys = [request.headers["Idempotency-Key"] for request in harness.requests]
    assert len(keys) == 3 and len(set(keys)) == 1
    assert uuid.UUID(keys[0]).version == 4


@pytest.mark.parametrize("kind", KINDS)
def test_each_call_gets_its_own_idempotency_key(kind: str) -> None:
    harness = Harness(kind, [attached(), attached()])
    harness.attach()
    harness.attach()
    first, second = (r.headers["Idempotency-Key"] for r in harness.requests)
    assert first != second


@pytest.mark.parametrize("kind", KINDS)
def test_the_callers_idempotency_key_is_sent_and_kept_across_retries(kind: str) -> None:
    harness = Harness(kind, [_failure(503), attached()])
    harness.attach(idempotency_key="my-key-1")
    assert [r.headers["Idempotency-Key"] for r in harness.requests] == ["my-key-1", "my-key-1"]
    assert all(len(r.headers.get_list("Idempotency-Key")) == 1 for r in harness.requests)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadError("reset"), httpx.RemoteProtocolError("dropped")],
    ids=["connect", "read", "dropped"],
)
def test_connection_errors_are_retried(kind: str, failure: Exception) -> None:
    harness = Harness(kind, [failure, attached()])
    assert harness.attach().attached is True
    assert len(harness.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_connection_error_after_the_last_retry_raises_api_connection_error(kind: str) -> None:
    harness = Harness(kind, [httpx.ConnectError("refused") for _ in range(3)])
    with pytest.raises(kirimchat.APIConnectionError) as caught:
        harness.attach()
    assert not isinstance(caught.value, kirimchat.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(harness.requests) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_timeouts_are_retried_then_raise_api_timeout_error(kind: str) -> None:
    harness = Harness(kind, [httpx.ReadTimeout("slow") for _ in range(3)])
    with pytest.raises(kirimchat.APITimeoutError):
        harness.attach()
    assert len(harness.requests) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_max_retries_per_call_and_with_options(kind: str) -> None:
    harness = Harness(kind, [_failure(500) for _ in range(10)])
    with pytest.raises(kirimchat.InternalServerError):
        harness.attach(max_retries=0)
    assert len(harness.requests) == 1

    harness.requests.clear()
    copy = harness.client.with_options(max_retries=4)
    copy._sleep = harness.client._sleep
    with pytest.raises(kirimchat.InternalServerError):
        harness.run(
            lambda _: copy.contacts.attach_label(
                "ctc_01HXYZABCDEFGHJKMNPQRSTVWX", label_id="lbl_01HXYZABCDEFGHJKMNPQRSTVWX"
            )
        )
    assert len(harness.requests) == 5
    assert harness.client.max_retries == 2  # the original keeps its default


@pytest.mark.parametrize("kind", KINDS)
def test_timeout_per_call_reaches_the_transport(kind: str) -> None:
    harness = Harness(kind, [attached(), attached()])
    harness.attach()
    harness.attach(timeout=2.5)
    default, custom = (r.extensions["timeout"] for r in harness.requests)
    # Each attempt gets what is left of the call's time, no phase more than its own.
    assert default["connect"] == 5.0
    assert all(29 < default[phase] <= 30 for phase in ("read", "write", "pool"))
    assert 2 < custom["read"] <= 2.5 and 2 < custom["connect"] <= 2.5
