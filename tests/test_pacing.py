"""Pacing (kirimchat._pacing): the client's model of the rate-limit buckets.

The server in these tests is the sandbox's own token bucket, driven by a fake clock, so that
the model is checked against what a server really sends (Reset in whole Unix seconds,
rounded up; Remaining floored; Retry-After on a 429) without sleeping.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable

import anyio
import httpx
import kirimchat
import pytest
from kirimchat._pacing import AsyncPacer, NoAsyncPacer, NoPacer, Paced, Pacer

from scripts.sandbox.ratelimit import TokenBucket

EPOCH = 1_800_000_000.0


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def wall(self) -> float:
        return EPOCH + self.now

    def wait(self, event: threading.Event, timeout: float | None) -> None:
        """A waiter in a single-threaded test only ever waits for its token's time."""
        assert timeout is not None, "a lone caller waited to be woken: nobody would wake it"
        self.now += timeout


class Server:
    """One bucket of a server: answers a request with the sandbox's headers."""

    def __init__(self, clock: FakeClock, capacity: int, window: float) -> None:
        self.clock = clock
        self.bucket = TokenBucket(capacity, window, clock, clock.wall)
        self.refused = 0
        self.accepted = 0
        self.lock = threading.Lock()
        self.seconds_until_reset = False  # send Reset as seconds from now, not Unix time

    def answer(self) -> tuple[int, dict[str, str]]:
        with self.lock:
            report = self.bucket.take()
        headers = report.headers()
        if self.seconds_until_reset:
            headers["X-RateLimit-Reset"] = str(report.reset - int(self.clock.wall()))
        if report.retry_after is None:
            self.accepted += 1
            return 200, headers
        self.refused += 1
        return 429, {**headers, "Retry-After": str(report.retry_after)}


def send(pacer: Pacer, server: Server, method: str = "POST") -> int:
    with pacer.pace(method) as paced:
        status, headers = server.answer()
        paced.observe(status, httpx.Headers(headers))
    return status


def run_all(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def fake_pacer(clock: FakeClock) -> Pacer:
    return Pacer(clock=clock, wall=clock.wall, wait=clock.wait)


@pytest.mark.parametrize("seconds_until_reset", [False, True], ids=["unix-reset", "delta-reset"])
@pytest.mark.parametrize(("capacity", "window", "requests"), [(120, 6, 600), (60, 60, 200)])
def test_requests_go_at_the_buckets_rate_and_none_is_refused(
    capacity: int, window: float, requests: int, seconds_until_reset: bool
) -> None:
    clock = FakeClock()
    server = Server(clock, capacity, window)
    server.seconds_until_reset = seconds_until_reset
    pacer = fake_pacer(clock)
    for _ in range(requests):
        send(pacer, server)
    assert server.refused == 0
    bound = (requests - capacity) / (capacity / window)
    assert bound <= clock.now <= 1.05 * bound


def test_a_plan_change_is_followed_both_ways() -> None:
    clock = FakeClock()
    server = Server(clock, capacity=60, window=6)  # 10 a second
    pacer = fake_pacer(clock)
    for _ in range(200):
        send(pacer, server)
    # An upgrade: a bigger bucket refilling faster. The new Limit starts the model over.
    server.bucket = TokenBucket(600, 6, clock, clock.wall)
    start = clock.now
    for _ in range(2000):
        send(pacer, server)
    assert server.refused == 0
    assert clock.now - start <= 1.05 * (2000 - 600) / 100
    # A downgrade: at most the one 429 that reveals it, then the slower pace.
    server.bucket = TokenBucket(30, 6, clock, clock.wall)
    for _ in range(100):
        send(pacer, server)
    assert server.refused <= 1


def test_another_process_on_the_same_key_costs_few_429s_and_each_is_waited_out() -> None:
    clock = FakeClock()
    server = Server(clock, capacity=60, window=6)  # 10 a second
    pacer = fake_pacer(clock)
    answer = server.answer
    other = []

    def answer_after_the_other_process() -> tuple[int, dict[str, str]]:
        while len(other) < clock.now * 4:  # it sends 4 a second, 40 % of the budget
            other.append(server.bucket.take())
        return answer()

    server.answer = answer_after_the_other_process  # type: ignore[method-assign]
    sent: list[tuple[float, int, str | None]] = []
    for _ in range(300):
        with pacer.pace("POST") as paced:
            status, headers = server.answer()
            paced.observe(status, httpx.Headers(headers))
        sent.append((clock.now, status, headers.get("Retry-After")))
    assert sum(status == 429 for _, status, _ in sent) <= 30
    for (at, status, retry_after), (next_at, _, _) in itertools.pairwise(sent):
        if status == 429:
            assert retry_after is not None
            assert next_at >= at + float(retry_after)


def test_a_429_makes_the_next_request_wait_out_retry_after() -> None:
    clock = FakeClock()
    pacer = fake_pacer(clock)
    limits = {"X-RateLimit-Limit": "60", "X-RateLimit-Reset": str(int(EPOCH) + 60)}
    with pacer.pace("POST") as paced:
        paced.observe(200, httpx.Headers({**limits, "X-RateLimit-Remaining": "30"}))
    with pacer.pace("POST") as paced:
        refused = {**limits, "X-RateLimit-Remaining": "0", "Retry-After": "7"}
        paced.observe(429, httpx.Headers(refused))
    with pacer.pace("POST"):
        pass
    assert clock.now >= 7
    # A 429 without the rate-limit headers is honoured as well.
    with pacer.pace("POST") as paced:
        paced.observe(429, httpx.Headers({"Retry-After": "5"}))
    with pacer.pace("POST"):
        pass
    assert clock.now >= 12


def test_reads_never_wait_behind_writes() -> None:
    clock = FakeClock()
    writes = Server(clock, capacity=10, window=60)
    reads = Server(clock, capacity=1000, window=60)
    pacer = fake_pacer(clock)
    for _ in range(10):
        send(pacer, writes)
    waited: list[float | None] = []
    pacer._wait = lambda event, timeout: waited.append(timeout)  # type: ignore[method-assign]
    for method in ("GET", "HEAD"):
        assert send(pacer, reads, method) == 200
    assert waited == []


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-RateLimit-Limit": "sixty", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1"},
        {"X-RateLimit-Limit": "0", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1"},
        {"X-RateLimit-Limit": "-5", "X-RateLimit-Remaining": "-1", "X-RateLimit-Reset": "-9"},
        {"X-RateLimit-Limit": "nan", "X-RateLimit-Remaining": "inf", "X-RateLimit-Reset": "x"},
        {"X-RateLimit-Limit": "1e400", "X-RateLimit-Remaining": "1e400", "X-RateLimit-Reset": "0"},
        {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "90", "X-RateLimit-Reset": "1e300"},
        {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0", "Retry-After": "soon"},
    ],
)
@pytest.mark.parametrize("status", [200, 429, 500])
def test_garbage_headers_never_crash_nor_block_for_long(
    headers: dict[str, str], status: int
) -> None:
    clock = FakeClock()
    pacer = fake_pacer(clock)
    for _ in range(5):
        with pacer.pace("POST") as paced:
            paced.observe(status, httpx.Headers(headers))
    # The worst a nonsensical answer can do is hold requests for its Retry-After, else a second.
    assert clock.now <= 5 * 61


def test_a_lost_answer_lets_the_next_request_probe() -> None:
    clock = FakeClock()
    pacer = fake_pacer(clock)
    with pytest.raises(httpx.ConnectError), pacer.pace("POST"):
        raise httpx.ConnectError("down")
    with pacer.pace("POST") as paced:  # would wait forever for the lost probe's answer
        paced.observe(200, {})
    assert clock.now == 0


# --- threads ------------------------------------------------------------------------------


def test_waiting_threads_are_served_first_come_first_served() -> None:
    clock = FakeClock()
    server = Server(clock, capacity=5, window=5)  # 1 a second
    pacer = Pacer(clock=clock, wall=clock.wall, wait=lambda event, timeout: event.wait(0.005))
    for _ in range(5):
        send(pacer, server)
    served: list[int] = []

    def caller(number: int) -> None:
        send(pacer, server)
        served.append(number)

    threads = []
    queue = pacer._lanes.queues["write"]
    for number in range(8):
        thread = threading.Thread(target=caller, args=(number,))
        thread.start()
        threads.append(thread)
        while len(queue) <= number:  # in the queue before the next one starts
            time.sleep(0.001)
    while any(thread.is_alive() for thread in threads):
        clock.now += 0.25
        time.sleep(0.002)
    assert served == list(range(8))
    assert server.refused == 0


def test_one_model_shared_by_many_threads_is_never_refused() -> None:
    clock = FakeClock()
    server = Server(clock, capacity=20, window=2)
    lock = threading.Lock()

    def tick(event: threading.Event, timeout: float | None) -> None:
        if timeout is not None:
            with lock:  # whoever waits for a token moves time on
                clock.now += min(timeout, 0.05)
        else:
            event.wait(0.005)

    pacer = Pacer(clock=clock, wall=clock.wall, wait=tick)
    statuses: list[int] = []

    def caller() -> None:
        for _ in range(25):
            statuses.append(send(pacer, server))

    run_all([threading.Thread(target=caller) for _ in range(16)])
    assert len(statuses) == 400
    assert statuses.count(429) == 0


# --- tasks --------------------------------------------------------------------------------


WOKEN = 30.0  # the fake tests' tokens come sooner than this


class AsyncFakeClock(FakeClock):
    async def async_wait(self, event: anyio.Event, timeout: float | None) -> None:
        # A task queued behind others waits to be woken, at most until its deadline (the
        # pacer's 60 s limit here); only the first one's wait is the time of its token.
        if timeout is None or timeout > WOKEN:
            await event.wait()
        else:
            self.now += timeout
            await anyio.sleep(0)


async def async_send(pacer: AsyncPacer, server: Server, method: str = "POST") -> int:
    with await pacer.pace(method) as paced:
        await anyio.sleep(0)  # the request is in flight: other tasks run
        status, headers = server.answer()
        paced.observe(status, httpx.Headers(headers))
    return status


def test_tasks_share_one_bucket_at_its_rate_and_none_is_refused() -> None:
    clock = AsyncFakeClock()
    server = Server(clock, capacity=120, window=6)
    pacer = AsyncPacer(clock=clock, wall=clock.wall, wait=clock.async_wait)
    finished: list[int] = []

    async def worker(number: int) -> None:
        for _ in range(12):
            assert await async_send(pacer, server) == 200
        finished.append(number)

    async def main() -> None:
        async with anyio.create_task_group() as tasks:
            for number in range(50):
                tasks.start_soon(worker, number)

    anyio.run(main)
    assert server.refused == 0
    assert sorted(finished) == list(range(50))
    bound = (600 - 120) / 20
    assert bound <= clock.now <= 1.05 * bound


def test_a_cancelled_waiting_task_gives_up_its_turn() -> None:
    clock = AsyncFakeClock()
    server = Server(clock, capacity=2, window=2)
    # Time moves only when the test says so: waiters wait for events or the test's ticks.
    pacer = AsyncPacer(clock=clock, wall=clock.wall, wait=_wait_a_moment)
    served: list[str] = []

    async def caller(name: str) -> None:
        await async_send(pacer, server)
        served.append(name)

    async def main() -> None:
        await async_send(pacer, server)
        await async_send(pacer, server)  # the bucket is empty now
        queue = pacer._lanes.queues["write"]
        async with anyio.create_task_group() as tasks:
            scopes = {}
            for name in ("first", "second", "third", "fourth"):
                scope = anyio.CancelScope()
                scopes[name] = scope
                tasks.start_soon(_in_scope, scope, caller, name)
                while len(queue) < len(scopes):
                    await anyio.sleep(0)
            scopes["first"].cancel()  # the head of the queue
            scopes["third"].cancel()  # one in the middle
            while len(queue) > 2:
                await anyio.sleep(0)
            while tasks.cancel_scope.cancel_called is False and len(served) < 2:
                clock.now += 0.25
                await anyio.sleep(0.001)

    anyio.run(main)
    assert served == ["second", "fourth"]
    assert server.refused == 0


async def _wait_a_moment(event: anyio.Event, timeout: float | None) -> None:
    with anyio.move_on_after(0.002):
        await event.wait()


async def _in_scope(scope: anyio.CancelScope, call: Callable[[str], object], name: str) -> None:
    with scope:
        await call(name)  # type: ignore[misc]


# --- the clients --------------------------------------------------------------------------


def _bucket_transport(capacity: int, window: float) -> tuple[httpx.MockTransport, list[int]]:
    bucket = TokenBucket(capacity, window)
    lock = threading.Lock()
    statuses: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            report = bucket.take()
        status = 200 if report.retry_after is None else 429
        statuses.append(status)
        headers = report.headers()
        if status == 429:
            headers["Retry-After"] = str(report.retry_after)
        return httpx.Response(status, headers=headers, json={})

    return httpx.MockTransport(handler), statuses


def test_the_sync_client_paces_its_threads_and_its_copies() -> None:
    transport, statuses = _bucket_transport(capacity=20, window=0.5)  # 40 a second
    http = httpx.Client(transport=transport)
    client = kirimchat.KirimChat(api_key="kdv_live_x", base_url="http://api", http_client=http)
    copies = [client.with_options(max_retries=0) for _ in range(4)]
    assert all(copy._pacer is client._pacer for copy in copies)

    def caller(copy: kirimchat.KirimChat) -> None:
        for _ in range(15):
            copy.request({"method": "POST", "url": "/things"})

    run_all([threading.Thread(target=caller, args=(copy,)) for copy in copies * 2])
    assert len(statuses) == 120
    assert statuses.count(429) == 0


def test_the_async_client_paces_its_tasks() -> None:
    transport, statuses = _bucket_transport(capacity=20, window=0.5)

    async def main() -> None:
        http = httpx.AsyncClient(transport=transport)
        async with kirimchat.AsyncKirimChat(
            api_key="kdv_live_x", base_url="http://api", http_client=http, max_retries=0
        ) as client:

            async def caller() -> None:
                for _ in range(6):
                    await client.request({"method": "DELETE", "url": "/things/1"})

            async with anyio.create_task_group() as tasks:
                for _ in range(20):
                    tasks.start_soon(caller)

    anyio.run(main)
    assert len(statuses) == 120
    assert statuses.count(429) == 0


def test_pacing_false_turns_it_off_for_the_client_and_its_copies() -> None:
    client = kirimchat.KirimChat(api_key="kdv_live_x", base_url="http://api", pacing=False)
    assert isinstance(client._pacer, NoPacer)
    assert isinstance(client.with_options(api_key="kdv_live_y")._pacer, NoPacer)
    async_client = kirimchat.AsyncKirimChat(
        api_key="kdv_live_x", base_url="http://api", pacing=False
    )
    assert isinstance(async_client.with_options(timeout=5)._pacer, NoAsyncPacer)


def test_a_copy_with_another_key_has_buckets_of_its_own() -> None:
    client = kirimchat.KirimChat(api_key="kdv_live_x", base_url="http://api")
    assert client.with_options(timeout=3)._pacer is client._pacer
    assert client.with_options(api_key="kdv_live_y")._pacer is not client._pacer


def test_paced_is_a_no_op_when_off() -> None:
    with NoPacer().pace("POST") as paced:
        paced.observe(429, {"Retry-After": "9"})
    assert isinstance(paced, Paced)
