"""A call's deadline, its size limit, and what an error of a write says of it, sync and async.

Scripted transports show the decisions; a real socket shows the deadline holding against a
server that trickles its body, which no per-read timeout catches.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import kirimchat
import pytest
from client_harness import CONTACT, KEY, KINDS, LABEL, Harness, api_error, attached

# --- the deadline -------------------------------------------------------------------------


class _Trickle(BaseHTTPRequestHandler):
    """Promises 100 bytes of JSON and sends one every 0.2 s (20 s in all)."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "100")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:  # the client gave up: that is the point
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def trickling() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def _get_me(kind: str, base_url: str, **options: Any) -> Any:
    if kind == "sync":
        with kirimchat.KirimChat(api_key=KEY, base_url=base_url, **options) as client:
            return client.meta.get_me()

    async def main() -> Any:
        async with kirimchat.AsyncKirimChat(api_key=KEY, base_url=base_url, **options) as client:
            return await client.meta.get_me()

    return asyncio.run(main())


@pytest.mark.parametrize("kind", KINDS)
def test_a_trickling_body_times_out_at_the_calls_deadline(kind: str, trickling: str) -> None:
    started = time.monotonic()
    with pytest.raises(kirimchat.APITimeoutError, match="timeout of 1 s") as raised:
        _get_me(kind, trickling, timeout=1, max_retries=3)
    # Every read came within its timeout; only the whole call's deadline stops it (the body
    # would take 20 s), and no retry starts after it.
    assert time.monotonic() - started < 5
    assert raised.value.may_have_been_applied is False  # a read applies nothing


def _full_bucket_far_off(request: httpx.Request) -> httpx.Response:
    reset = int(time.time()) + 3600
    headers = {
        "X-RateLimit-Limit": "60",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": str(reset),
    }
    return httpx.Response(200, headers=headers, json=attached().json())


@pytest.mark.parametrize("kind", KINDS)
def test_pacing_never_waits_past_60_seconds_and_sends_nothing(kind: str) -> None:
    harness = Harness(kind, [_full_bucket_far_off], pacing=True, timeout=600)
    harness.attach()
    with pytest.raises(kirimchat.RateLimitError, match="Not sent") as raised:
        harness.attach()
    assert len(harness.requests) == 1
    assert raised.value.retry_after is not None and raised.value.retry_after > 60
    assert raised.value.code == "rate_limit_exceeded"
    assert raised.value.may_have_been_applied is False


@pytest.mark.parametrize("kind", KINDS)
def test_pacing_never_waits_past_the_calls_timeout(kind: str) -> None:
    def soon_full(request: httpx.Request) -> httpx.Response:
        # 1 token of 2 left, the bucket full again in 20 s: the next token is ~20 s away.
        headers = {
            "X-RateLimit-Limit": "2",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(int(time.time()) + 20),
        }
        return httpx.Response(200, headers=headers, json=attached().json())

    harness = Harness(kind, [soon_full, attached()], timeout=90)
    harness.attach()
    with pytest.raises(kirimchat.RateLimitError, match="timeout of 2 s"):
        harness.attach(timeout=2)
    assert len(harness.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_that_cannot_finish_in_time_is_not_made(kind: str) -> None:
    # The backoff (up to 0.5 s) is longer than what is left of a 0.3 s call.
    harness = Harness(kind, [_error(500), attached()])
    with pytest.raises(kirimchat.InternalServerError, match="would pass first"):
        harness.attach(timeout=0.3)
    assert harness.sleeps == [] and len(harness.requests) == 1


# --- the size limit -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_body_larger_than_max_response_size_is_not_read(kind: str) -> None:
    big = b'{"data": "' + b"x" * 5000 + b'"}'
    chunks_read: list[int] = []

    def stream() -> Iterator[bytes]:
        for start in range(0, len(big), 100):
            chunks_read.append(start)
            yield big[start : start + 100]

    class Streamed(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            return stream()

        async def __aiter__(self) -> Any:
            for chunk in stream():
                yield chunk

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Streamed())  # no Content-Length: read to the limit

    harness = Harness(kind, [reply], max_response_size=1000)
    with pytest.raises(kirimchat.ResponseTooLargeError, match="max_response_size=1000") as raised:
        harness.attach()
    assert raised.value.limit == 1000 and 1000 < raised.value.size <= 1100
    assert len(chunks_read) <= 11  # it stopped there, not at the end of 5 kB


@pytest.mark.parametrize("kind", KINDS)
def test_a_declared_length_past_the_limit_is_refused_before_reading(kind: str) -> None:
    reply = httpx.Response(200, headers={"Content-Length": "9999999"}, content=b"{}")
    harness = Harness(kind, [lambda request: reply])
    with pytest.raises(kirimchat.ResponseTooLargeError) as raised:
        harness.attach()
    assert raised.value.size == 9999999
    assert raised.value.limit == kirimchat.DEFAULT_MAX_RESPONSE_SIZE


@pytest.mark.parametrize("bad", [0, -1, 1.5, "1MB", True])
def test_an_unusable_max_response_size_is_refused(bad: Any) -> None:
    with pytest.raises(kirimchat.ParamValidationError, match="max_response_size"):
        kirimchat.KirimChat(api_key=KEY, max_response_size=bad)


def test_with_options_keeps_and_changes_max_response_size() -> None:
    client = kirimchat.KirimChat(api_key=KEY, max_response_size=1234)
    assert client.with_options(timeout=5).max_response_size == 1234
    assert client.with_options(max_response_size=99).max_response_size == 99


# --- what a raised write says ---------------------------------------------------------------


def _error(status: int, **headers: str) -> httpx.Response:
    return api_error(status, "api_error", "internal_error", headers=headers)


def _sent_key(harness: Harness) -> str:
    keys = {request.headers["Idempotency-Key"] for request in harness.requests}
    assert len(keys) == 1
    return keys.pop()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("replies", "error_type", "applied"),
    [
        # Dropped after sending, then 500s: the first attempt may have been carried out.
        (
            [httpx.ReadError("dropped"), _error(500), _error(500)],
            kirimchat.InternalServerError,
            True,
        ),
        ([_error(500)] * 3, kirimchat.InternalServerError, True),
        ([httpx.ReadTimeout("slow")] * 3, kirimchat.APITimeoutError, True),
        ([_error(409)] * 3, kirimchat.ConflictError, True),
        # Never connected, or refused before any work: certainly not applied.
        ([httpx.ConnectError("refused")] * 3, kirimchat.APIConnectionError, False),
        ([_error(400)], kirimchat.BadRequestError, False),
        ([_error(429, **{"Retry-After": "120"})], kirimchat.RateLimitError, False),
    ],
)
def test_every_error_of_a_write_says_whether_it_may_have_been_applied(
    kind: str, replies: list[Any], error_type: type[Exception], applied: bool
) -> None:
    harness = Harness(kind, list(replies))
    with pytest.raises(error_type) as raised:
        harness.attach()
    error: Any = raised.value
    assert error.may_have_been_applied is applied
    assert error.idempotency_key == _sent_key(harness)
    if applied:
        assert "same idempotency_key" in str(error)


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_of_a_read_carries_no_key(kind: str) -> None:
    harness = Harness(kind, [_error(500)] * 3)
    with pytest.raises(kirimchat.InternalServerError) as raised:
        harness.run(lambda c: c.labels.get(LABEL))
    assert raised.value.may_have_been_applied is False
    assert raised.value.idempotency_key is None


@pytest.mark.parametrize("kind", KINDS)
def test_a_bulk_error_says_whether_its_chunk_may_have_been_applied(kind: str) -> None:
    harness = Harness(kind, [_error(503)] * 3)
    with pytest.raises(kirimchat.BulkOperationError) as raised:
        harness.run(lambda c: c.contacts.bulk_attach_label(LABEL, [CONTACT]))
    assert raised.value.may_have_been_applied is True
    assert raised.value.error.may_have_been_applied is True


# --- bad arguments are refused by name -------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda c: c.contacts.bulk_attach_label(LABEL, None), "contact_ids"),
        (lambda c: c.contacts.bulk_attach_label(LABEL, 7), "contact_ids"),
        (lambda c: c.labels.create(name="x", idempotency_key="a\r\nX-Evil: 1"), "idempotency_key"),
        (lambda c: c.labels.create(name="caf\udce9"), "name"),
        (lambda c: c.contacts.list(search="caf\udce9"), "search"),
        (lambda c: c.labels.create(name="x", extra_headers={"X-A": "b\nc"}), "extra_headers"),
    ],
)
def test_every_bad_argument_is_a_param_validation_error_naming_it(
    kind: str, call: Any, param: str
) -> None:
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError) as raised:
        harness.run(call)
    assert raised.value.param == param
    assert harness.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_redirect_names_its_location(kind: str) -> None:
    moved = httpx.Response(308, headers={"Location": "https://elsewhere.example/v1/x"})
    harness = Harness(kind, [lambda request: moved])
    with pytest.raises(kirimchat.APIStatusError, match=r"https://elsewhere\.example/v1/x"):
        harness.attach()
