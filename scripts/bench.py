"""Benchmarks of the pipeline and the SDK: `make bench`. Not part of the test suite.

Every figure is a ratio against a baseline measured in the same run, alternating the two and
taking the median of several repetitions, because machines here are noisy. Each part is
printed and written to BENCHMARKS.md, between its own markers, with a description of the
machine.

    python -m scripts.bench [--quick] [--only PART[,PART...]] [--no-make-test]
                            [--output BENCHMARKS.md]

The parts (all of them by default; `--only` measures and rewrites the ones named):
- table: generation against the bare generator, per call, client-side checks, bulk, `make test`;
- import: `import kirimchat` against bare `import httpx`;
- lines, duplicates, regeneration, reads: issue 17's bars for 2.0, against 1.2.0's tree
  (BASELINE_COMMIT, extracted with `git archive`): generated lines, `duplicates` pairs in
  generated/, `python -m scripts.generation --check` time, and the generated files whose code
  runs in one `client.contacts.attach_label` call;
- throughput: 600 writes at the sandbox's rate limit, pacing on and off;
- faults: issue 19's mixed load of writes at 20% 500s and 10% drops (and 40%/20%), sync and
  async (scripts/fault_load.py), and issue 20's catalogue of bad inputs (scripts/bad_inputs.py).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import timeit
import tracemalloc
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SCRIPTS = ROOT / "scripts"
KEY = "kdv_live_TavbPKwIuqOr69ALEKLNennZ"
CONTACT = "ctc_01HXYZABCDEFGHJKMNPQRSTVWX"
LABEL = "lbl_01HXYZABCDEFGHJKMNPQRSTVWX"


@dataclass
class Row:
    what: str
    ours: str
    baseline: str
    ratio: float | None
    bar: str
    measured: float | None = None  # what the bar limits when that is not the ratio (a count)

    @property
    def verdict(self) -> str:
        figure = self.ratio if self.measured is None else self.measured
        if figure is None or not self.bar.startswith("≤"):
            return ""
        limit = float(re.sub(r"[^0-9.]", "", self.bar))
        return "meets the bar" if figure <= limit else "MISSES the bar"


@dataclass
class Part:
    """One measurement's rows and the sentences printed under them."""

    rows: list[Row]
    notes: list[str]


def median_pair(
    ours: Callable[[], float], baseline: Callable[[], float], repeat: int
) -> tuple[float, float]:
    """Median seconds of each, run in turns so that both see the same noise; who goes first
    alternates too, as the second of a pair can inherit the first one's garbage or caches."""
    ours_times, base_times = [], []
    for round_number in range(repeat):
        if round_number % 2:
            ours_times.append(ours())
            base_times.append(baseline())
        else:
            base_times.append(baseline())
            ours_times.append(ours())
    return statistics.median(ours_times), statistics.median(base_times)


def bytecode_env(cache: Path, **extra: str) -> dict[str, str]:
    """The environment with bytecode written to and read from ``cache`` only.

    Users' installs have bytecode; a caller with PYTHONDONTWRITEBYTECODE=1 (these sessions
    set it) would otherwise time compiling every module from source on every run, and a
    cache of our own writes nothing into the work tree and treats both sides alike.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(cache), **extra}


def timed(command: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    return time.perf_counter() - start


# --- generation ---------------------------------------------------------------------------


def bench_generation(repeat: int) -> list[Row]:
    stamp = ROOT / ".make" / "generate"
    scratch = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    env = bytecode_env(scratch / "pycache", PATH=f"{BIN}:{os.environ['PATH']}")

    def ours() -> float:
        stamp.unlink(missing_ok=True)  # a clean state: make must regenerate everything
        return timed(["make", "-s", "generate"], env=env)

    def bare() -> float:
        shutil.rmtree(scratch / "bare", ignore_errors=True)
        # No templates and no configuration: the generator's defaults, ruff hooks included.
        return timed(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                "openapi.yaml",
                "--output-path",
                str(scratch / "bare"),
                "--meta",
                "uv",
            ],
            env=env,
        )

    ours(), bare()  # discarded: they compile the bytecode into the cache
    full, baseline = median_pair(ours, bare, repeat)
    noop = statistics.median(timed(["make", "-s", "generate"]) for _ in range(max(repeat, 5)))
    shutil.rmtree(scratch, ignore_errors=True)
    return [
        Row(
            "`make generate`, clean state, vs bare `openapi-python-client generate`",
            f"{full:.2f} s",
            f"{baseline:.2f} s",
            full / baseline,
            "≤ 2×",
        ),
        Row("`make generate` with nothing changed", f"{noop * 1000:.0f} ms", "", None, "< 300 ms"),
    ]


# --- import -------------------------------------------------------------------------------


@contextmanager
def clean_environment() -> Iterator[Path]:
    """A virtual environment with only what the SDK needs (httpx, attrs) and no tools.

    The tool environment also holds rich and click, which `import httpx` then imports for its
    command line: measuring there would flatter the SDK.
    """
    home = Path(tempfile.mkdtemp(prefix="bench-venv-"))
    try:
        subprocess.run(
            [str(BIN / "uv"), "venv", "--quiet", "--python", sys.executable, str(home)], check=True
        )
        subprocess.run(
            [
                str(BIN / "uv"),
                "pip",
                "install",
                "--quiet",
                "--python",
                str(home / "bin" / "python"),
                "httpx==0.28.1",
                "attrs==26.1.0",
            ],
            check=True,
        )
        yield home / "bin" / "python"
    finally:
        shutil.rmtree(home, ignore_errors=True)


def import_profile(python: Path, module: str) -> dict[str, tuple[int, int]]:
    """-X importtime of a fresh process: module → (self µs, cumulative µs)."""
    result = subprocess.run(
        [str(python), "-X", "importtime", "-c", f"import {module}"],
        env=bytecode_env(python.parent.parent / "pycache", PYTHONPATH=str(ROOT / "generated")),
        capture_output=True,
        text=True,
        check=True,
    )
    profile = {}
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            profile[match.group(4)] = (int(match.group(1)), int(match.group(2)))
    return profile


def bench_import(repeat: int) -> Part:
    with clean_environment() as python:
        # Discarded: the first import in a fresh environment compiles the bytecode of httpx,
        # attrs and kirimchat, which would land on whichever of the two is measured first.
        import_profile(python, "kirimchat")
        times: dict[str, list[int]] = {"httpx": [], "kirimchat": []}
        profiles: dict[str, dict[str, tuple[int, int]]] = {}
        for round_number in range(repeat):
            # Who goes first alternates, as in median_pair.
            for module in sorted(times, reverse=bool(round_number % 2)):
                profiles[module] = import_profile(python, module)
                times[module].append(profiles[module][module][1])
    ours, base = statistics.median(times["kirimchat"]), statistics.median(times["httpx"])
    profile, httpx_profile = profiles["kirimchat"], profiles["httpx"]
    # What importing kirimchat adds to importing httpx: the modules httpx does not import,
    # by their own (self) time, from the last pair of runs.
    added = sorted(
        ((name, own) for name, (own, _) in profile.items() if name not in httpx_profile),
        key=lambda item: -item[1],
    )
    top = [f"`{name}` {own / 1000:.1f} ms" for name, own in added[:8]]
    row = Row(
        "`import kirimchat` vs `import httpx` (fresh process, clean venv)",
        f"{ours / 1000:.1f} ms",
        f"{base / 1000:.1f} ms",
        ours / base,
        "≤ 1.10×",  # issue 17's bar for 2.0 (1.x's was 1.3×)
    )
    notes = [
        f"Median of {repeat} fresh processes each, alternating. What `import kirimchat` adds"
        " to `import httpx`, largest first (own import time, last run): " + ", ".join(top) + "."
    ]
    return Part([row], notes)


# --- per-call overhead --------------------------------------------------------------------


@contextmanager
def bench_server() -> Iterator[str]:
    port_file = Path(tempfile.mkdtemp(prefix="bench-server-")) / "port"
    process = subprocess.Popen([sys.executable, str(SCRIPTS / "bench_server.py"), str(port_file)])
    try:
        for _ in range(200):
            if port_file.exists() and port_file.read_text():
                break
            time.sleep(0.05)
        else:
            raise RuntimeError("the benchmark server did not start")
        yield f"http://127.0.0.1:{port_file.read_text()}/v1"
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(port_file.parent, ignore_errors=True)


def _headers() -> dict[str, str]:
    """What the SDK sends, so that the baseline sends the same bytes."""
    import kirimchat

    return {
        "Authorization": f"Bearer {KEY}",
        "User-Agent": f"kirimchat-python/{kirimchat.__version__}",
        "Accept": "application/json",
        "Idempotency-Key": str(uuid.uuid4()),
    }


BLOCK = 50
"""Calls per turn when two clients take turns: 50 sequential calls, or one wave of 50
concurrent ones. Turns this short matter: a client whose connections sat idle while the
other sent 2000 requests runs its next 2000 at about half speed (on this machine, for either
client), which alternating whole runs turns into noise of ±50%."""


def interleaved(
    ours: Callable[[], float], baseline: Callable[[], float], turns: int
) -> tuple[float, float]:
    """Total seconds of each over ``turns`` turns, taken alternately, who starts alternating."""
    mine = base = 0.0
    for turn in range(turns):
        if turn % 2:
            mine += ours()
            base += baseline()
        else:
            base += baseline()
            mine += ours()
    return mine, base


def bench_calls(calls: int, repeat: int) -> list[Row]:
    import httpx
    import kirimchat
    from kirimchat._constants import DEFAULT_CONNECTION_LIMITS

    turns = calls // BLOCK
    rows = []
    with bench_server() as base_url:
        url = f"{base_url}/contacts/{CONTACT}/labels"
        with (
            httpx.Client() as bare_client,
            kirimchat.KirimChat(api_key=KEY, base_url=base_url) as client,
        ):

            def ours() -> float:
                start = time.perf_counter()
                for _ in range(BLOCK):
                    client.contacts.attach_label(CONTACT, label_id=LABEL)
                return time.perf_counter() - start

            def bare() -> float:
                start = time.perf_counter()
                for _ in range(BLOCK):
                    bare_client.post(url, json={"label_id": LABEL}, headers=_headers()).json()
                return time.perf_counter() - start

            interleaved(ours, bare, 4)  # warm the connections and caches
            runs = [interleaved(ours, bare, turns) for _ in range(repeat)]
        mine, base = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        rows.append(
            Row(
                f"{calls} attach calls, `KirimChat` vs bare `httpx.Client` (keep-alive)",
                f"{mine / calls * 1e6:.0f} µs/call",
                f"{base / calls * 1e6:.0f} µs/call",
                mine / base,
                "≤ 1.10×",
            )
        )

        async def run_async() -> list[tuple[float, float]]:
            # The SDK's own pool limits, so that both keep the same connections alive.
            async with (
                httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS) as bare_async,
                kirimchat.AsyncKirimChat(api_key=KEY, base_url=base_url) as async_client,
            ):

                async def wave(call: Callable[[], Any]) -> float:
                    start = time.perf_counter()
                    await asyncio.gather(*(call() for _ in range(BLOCK)))
                    return time.perf_counter() - start

                async def bare_call() -> None:
                    response = await bare_async.post(
                        url, json={"label_id": LABEL}, headers=_headers()
                    )
                    response.json()

                def our_call() -> Any:
                    return async_client.contacts.attach_label(CONTACT, label_id=LABEL)

                runs = []
                for _ in range(repeat + 1):  # the first run warms the pools up
                    mine = base = 0.0
                    for turn in range(turns):
                        order = [(False, bare_call), (True, our_call)]
                        for is_ours, call in order[:: -1 if turn % 2 else 1]:
                            seconds = await wave(call)
                            mine, base = (
                                (mine + seconds, base) if is_ours else (mine, base + seconds)
                            )
                    runs.append((mine, base))
                return runs[1:]

        runs = asyncio.run(run_async())
        mine, base = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        rows.append(
            Row(
                f"{calls} attach calls, 50 at a time, `AsyncKirimChat` vs bare `httpx.AsyncClient`",
                f"{mine / calls * 1e6:.0f} µs/call",
                f"{base / calls * 1e6:.0f} µs/call",
                mine / base,
                "≤ 1.10×",
            )
        )
    return rows


def bench_validation() -> list[Row]:
    from kirimchat._api import ATTACH_LABEL
    from kirimchat._validation import check_argument

    body = {"label_id": LABEL}
    id_rule, body_rule = ATTACH_LABEL.params[0].rule, ATTACH_LABEL.body
    assert body_rule is not None

    def checks() -> None:
        check_argument(id_rule, CONTACT, "contact_id")
        check_argument(body_rule, body, "")

    number = 20000
    seconds = min(timeit.repeat(checks, number=number, repeat=5)) / number
    return [
        Row(
            "client-side checks of one attach call (id pattern, body schema)",
            f"{seconds * 1e6:.2f} µs",
            "",
            None,
            "",
        )
    ]


# --- bulk ---------------------------------------------------------------------------------


def bench_bulk(contacts: int) -> list[Row]:
    """The bulk helper against a loop of single attach calls, both against the sandbox.

    The sandbox runs in this process (with ``contacts`` extra contacts of the seeded team and
    rate limits high enough not to interfere); each client run is a child process, so that
    its memory peak is the client's alone.
    """
    from scripts.sandbox import SandboxConfig
    from scripts.sandbox.server import sandbox_host

    unlimited = SandboxConfig(write_per_window=10**9, read_per_window=10**9)
    results = {}
    with sandbox_host() as host:
        for mode in ("bulk", "single"):
            running = host.serve(unlimited)
            world, seed = running.sandbox.world, running.seed
            account = world.contacts[seed.contact_id].account
            ids = [world.add_contact(account, f"+62813{n:08d}").id for n in range(contacts)]
            ids_file = Path(tempfile.mkdtemp(prefix="bench-bulk-")) / "ids"
            ids_file.write_text("\n".join(ids))
            child = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--bulk-client",
                    mode,
                    running.base_url,
                    seed.api_key,
                    seed.label_id,
                    str(ids_file),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            shutil.rmtree(ids_file.parent)  # kept when the child fails, to rerun it by hand
            seconds, requests, peak = (float(v) for v in child.stdout.split())
            attached = sum(1 for i in ids if seed.label_id in world.labels_of(i))
            if attached != contacts:
                raise RuntimeError(f"{mode}: {attached} of {contacts} contacts got the label")
            results[mode] = (seconds, int(requests), peak)
    (bulk_s, bulk_n, bulk_peak), (single_s, single_n, single_peak) = (
        results["bulk"],
        results["single"],
    )
    return [
        Row(
            f"label {contacts} contacts: `bulk_attach_label` vs a loop of `attach_label`",
            f"{bulk_s:.2f} s, {bulk_n} requests",
            f"{single_s:.2f} s, {single_n} requests",
            bulk_s / single_s,
            "",
        ),
        Row(
            "peak memory of the client during that run (tracemalloc)",
            f"{bulk_peak / 2**20:.1f} MiB",
            f"{single_peak / 2**20:.1f} MiB",
            None,
            "",
        ),
    ]


def bulk_client(mode: str, base_url: str, key: str, label_id: str, ids_file: str) -> None:
    """The client side of ``bench_bulk``, in a child process: prints seconds, requests, peak."""
    import httpx
    import kirimchat

    ids = Path(ids_file).read_text().split()
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with kirimchat.KirimChat(api_key=key, base_url=base_url, http_client=http) as client:
        tracemalloc.start()
        start = time.perf_counter()
        if mode == "bulk":
            client.contacts.bulk_attach_label(label_id, ids)
        else:
            for contact_id in ids:
                client.contacts.attach_label(contact_id, label_id=label_id)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    print(seconds, len(sent), peak)


# --- throughput at the rate limit --------------------------------------------------------

WRITE_LIMIT, WINDOW = 120, 6.0
"""The sandbox's write bucket: 120 tokens refilling in 6 s, i.e. 20 writes a second (the real
API's minute scaled down, so that a run takes seconds, not minutes)."""

READ_GAP = 0.02
"""Seconds between two calls of the reader that runs beside the writes."""

READS_ALONE_SECONDS = 2.0
"""How long the reader runs alone before the writes and again after them, for the latency of
reads without write load (before and after, as this machine's load drifts)."""

CLIENTS = {"async": "`AsyncKirimChat`, 50 tasks", "sync": "`KirimChat`, 16 threads"}


@dataclass
class Throughput:
    client: str
    pacing: bool
    wall: float
    bound: float
    refused: int  # 429s the client received
    failed: int  # calls that raised
    applied_once: int  # contacts the sandbox attached the label to exactly once
    duplicated: int  # contacts it attached more than once
    writes: int
    reads_alone: list[float]  # seconds
    reads_beside: list[float]
    read_held: float  # the longest any read waited in the pacer, seconds

    @property
    def ratio(self) -> float:
        return self.wall / self.bound

    @property
    def read_slowdown(self) -> float:
        return statistics.median(self.reads_beside) / statistics.median(self.reads_alone)

    def verdict(self) -> str:
        if not self.pacing:
            return ""
        met = (
            self.ratio <= 1.05
            and self.refused == 0
            and self.failed == 0
            and self.applied_once == self.writes
            and self.read_held <= READ_HELD_BAR
        )
        return "meets the bar" if met else "MISSES the bar"


READ_HELD_BAR = 0.001
"""Reads "not slowed by writes": none waits in the pacer longer than this (seconds). Their
latency, beside the writes and alone, is shown too, but on this shared machine it swings by 2×
between identical runs, and the server (in another process) serves the writes as well."""


def bench_throughput(writes: int) -> list[Throughput]:
    """``writes`` label attachments from each client, pacing on and off, against a sandbox with
    a small write bucket (in this process); each client runs in a child process."""
    from scripts.sandbox import SandboxConfig
    from scripts.sandbox.server import sandbox_host

    config = SandboxConfig(
        write_per_window=WRITE_LIMIT, read_per_window=100 * WRITE_LIMIT, window_seconds=WINDOW
    )
    bound = (writes - WRITE_LIMIT) / (WRITE_LIMIT / WINDOW)
    results = []
    with sandbox_host() as host:
        for client in CLIENTS:
            for pacing in (True, False):
                running = host.serve(config)  # a fresh sandbox: a full bucket, an empty journal
                world, seed = running.sandbox.world, running.seed
                account = world.contacts[seed.contact_id].account
                ids = [world.add_contact(account, f"+62814{n:08d}").id for n in range(writes)]
                ids_file = Path(tempfile.mkdtemp(prefix="bench-throughput-")) / "ids"
                ids_file.write_text("\n".join(ids))
                child = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--throughput-client",
                        client,
                        "on" if pacing else "off",
                        running.base_url,
                        seed.api_key,
                        seed.label_id,
                        str(ids_file),
                    ],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                shutil.rmtree(ids_file.parent)  # kept when the child fails, to rerun it by hand
                measured = json.loads(child.stdout)
                applied = Counter(
                    write.target[0]
                    for write in world.journal
                    if write.operation_id == "attachLabel"
                )
                results.append(
                    Throughput(
                        client=client,
                        pacing=pacing,
                        bound=bound,
                        applied_once=sum(1 for i in ids if applied[i] == 1),
                        duplicated=sum(1 for i in ids if applied[i] > 1),
                        writes=writes,
                        **measured,
                    )
                )
    return results


def throughput_client(
    kind: str, pacing: str, base_url: str, key: str, label_id: str, ids_file: str
) -> None:
    """The client side of ``bench_throughput``, in a child process: prints its figures as JSON."""
    ids = Path(ids_file).read_text().split()
    run = _throughput_async if kind == "async" else _throughput_sync
    print(json.dumps(run(pacing == "on", base_url, key, label_id, ids)))


def _throughput_sync(
    pacing: bool, base_url: str, key: str, label_id: str, ids: list[str]
) -> dict[str, Any]:
    import httpx
    import kirimchat
    from kirimchat._constants import DEFAULT_CONNECTION_LIMITS

    statuses: list[int] = []
    http = httpx.Client(
        limits=DEFAULT_CONNECTION_LIMITS,
        event_hooks={"response": [lambda response: statuses.append(response.status_code)]},
    )
    with kirimchat.KirimChat(
        api_key=key, base_url=base_url, http_client=http, pacing=pacing
    ) as client:
        client.contacts.get(ids[0])  # imports and a connection, before the clock starts
        stop = threading.Event()
        held: list[float] = []
        pace = client._pacer.pace

        def timed_pace(method: str) -> Any:
            start = time.perf_counter()
            paced = pace(method)
            if method == "GET":
                held.append(time.perf_counter() - start)
            return paced

        client._pacer.pace = timed_pace  # type: ignore[method-assign]

        def reader(latencies: list[float]) -> None:
            while not stop.is_set():
                start = time.perf_counter()
                client.contacts.get(ids[len(latencies) % len(ids)])
                latencies.append(time.perf_counter() - start)
                time.sleep(READ_GAP)

        def write(contact_id: str) -> bool:
            try:
                client.contacts.attach_label(contact_id, label_id=label_id)
            except kirimchat.APIError:
                return False
            return True

        def reading(latencies: list[float], during: Callable[[], None]) -> None:
            thread = threading.Thread(target=reader, args=(latencies,))
            stop.clear()
            thread.start()
            during()
            stop.set()
            thread.join()

        wall = 0.0
        done: list[bool] = []

        def writes() -> None:
            nonlocal wall, done
            start = time.perf_counter()
            with ThreadPoolExecutor(16) as pool:
                done = list(pool.map(write, ids))
            wall = time.perf_counter() - start

        alone: list[float] = []
        beside: list[float] = []
        reading(alone, lambda: time.sleep(READS_ALONE_SECONDS))
        reading(beside, writes)
        reading(alone, lambda: time.sleep(READS_ALONE_SECONDS))
    return {
        "wall": wall,
        "refused": statuses.count(429),
        "failed": done.count(False),
        "reads_alone": alone,
        "reads_beside": beside,
        "read_held": max(held, default=0.0),
    }


def _throughput_async(
    pacing: bool, base_url: str, key: str, label_id: str, ids: list[str]
) -> dict[str, Any]:
    import httpx
    import kirimchat
    from kirimchat._constants import DEFAULT_CONNECTION_LIMITS

    statuses: list[int] = []

    async def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async def main() -> dict[str, Any]:
        http = httpx.AsyncClient(
            limits=DEFAULT_CONNECTION_LIMITS, event_hooks={"response": [record]}
        )
        async with kirimchat.AsyncKirimChat(
            api_key=key, base_url=base_url, http_client=http, pacing=pacing
        ) as client:
            await client.contacts.get(ids[0])
            stop = asyncio.Event()
            held: list[float] = []
            pace = client._pacer.pace

            async def timed_pace(method: str) -> Any:
                start = time.perf_counter()
                paced = await pace(method)
                if method == "GET":
                    held.append(time.perf_counter() - start)
                return paced

            client._pacer.pace = timed_pace  # type: ignore[method-assign]

            async def reader(latencies: list[float]) -> None:
                while not stop.is_set():
                    start = time.perf_counter()
                    await client.contacts.get(ids[len(latencies) % len(ids)])
                    latencies.append(time.perf_counter() - start)
                    await asyncio.sleep(READ_GAP)

            queue = iter(ids)
            failed = 0

            async def writer() -> None:
                nonlocal failed
                for contact_id in queue:  # one iterator: each id is taken by one task
                    try:
                        await client.contacts.attach_label(contact_id, label_id=label_id)
                    except kirimchat.APIError:
                        failed += 1

            async def reading(latencies: list[float], during: Awaitable[Any]) -> None:
                stop.clear()
                task = asyncio.create_task(reader(latencies))
                await during
                stop.set()
                await task

            async def writes() -> float:
                start = time.perf_counter()
                await asyncio.gather(*(writer() for _ in range(50)))
                return time.perf_counter() - start

            alone: list[float] = []
            beside: list[float] = []
            await reading(alone, asyncio.sleep(READS_ALONE_SECONDS))
            timing = asyncio.ensure_future(writes())
            await reading(beside, timing)
            wall = timing.result()
            await reading(alone, asyncio.sleep(READS_ALONE_SECONDS))
        return {
            "wall": wall,
            "refused": statuses.count(429),
            "failed": failed,
            "reads_alone": alone,
            "reads_beside": beside,
            "read_held": max(held, default=0.0),
        }

    return asyncio.run(main())


def render_throughput(results: list[Throughput]) -> str:
    first = results[0]
    lines = [
        f"Measured by `make bench` ({datetime.now(UTC):%Y-%m-%d}) on: {machine()}.",
        f"{first.writes} label attachments against the sandbox with a write bucket of"
        f" {WRITE_LIMIT} refilling in {WINDOW:g} s ({WRITE_LIMIT / WINDOW:g} a second): the bound"
        f" is (N - capacity) / rate = {first.bound:.1f} s. Default retries (2). A reader calls"
        f" GET every {READ_GAP * 1000:.0f} ms: beside the writes, and {READS_ALONE_SECONDS:g} s"
        " alone before and after them. Bar with pacing: wall ≤ 1.05× the bound, no 429, no"
        " failure, every write applied exactly once, no read held by pacing (the longest"
        f" a read waited for the pacer: under {READ_HELD_BAR * 1000:g} ms). The machine was"
        f" shared with other work (load average {os.getloadavg()[0]:.0f} on 2 cores), so read"
        " latencies are noisy.",
        "",
        "| client | pacing | wall | ÷ bound | 429s | failed | applied once | applied twice or more"
        " | reads alone (median, p95) | reads beside the writes | longest read wait in the pacer"
        " | |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        lines.append(
            f"| {CLIENTS[r.client]} | {'on' if r.pacing else 'off'} | {r.wall:.2f} s"
            f" | {r.ratio:.2f}× | {r.refused} | {r.failed} | {r.applied_once} of {r.writes}"
            f" | {r.duplicated} | {_latency(r.reads_alone)} | {_latency(r.reads_beside)}"
            f" ({r.read_slowdown:.2f}×) | {r.read_held * 1e6:.0f} µs | {r.verdict()} |"
        )
    return "\n".join(lines) + "\n"


def _latency(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"{statistics.median(ordered) * 1000:.1f} ms, {p95 * 1000:.1f} ms"


# --- the 2.0 bars against 1.2.0 (issue 17) ------------------------------------------------

BASELINE_COMMIT = "62c320edab5bf35ad84470ed47f877a11d278d03"
"""1.2.0: the last 1.x commit on main (there are no release tags). The 2.0 bars of issue 17
are ratios against its tree, so the commit is fixed here rather than looked up by a subject."""

BASELINE = f"1.2.0 ({BASELINE_COMMIT[:7]})"


class BaselineTree:
    """1.2.0's files (``git archive`` of BASELINE_COMMIT), extracted on first use, once a run.

    An archive rather than ``git worktree add``: nothing is written into the repository's
    metadata, which other worktrees share, and an interrupted run leaves only a temp dir.
    """

    def __init__(self) -> None:
        self._path: Path | None = None

    def path(self) -> Path:
        if self._path is None:
            self._path = Path(tempfile.mkdtemp(prefix="bench-1.2.0-"))
            archive = _git("archive", "--format=tar", BASELINE_COMMIT, text=False)
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(self._path, filter="data")
        return self._path

    def close(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None


def _git(*args: str, text: bool = True) -> Any:
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=text)
    if result.returncode != 0:
        error = result.stderr if text else result.stderr.decode(errors="replace")
        raise SystemExit(
            f"`git {' '.join(args)}` failed in {ROOT}: {error.strip()}\n"
            f"The 2.0 bars need the 1.2.0 commit {BASELINE_COMMIT[:7]}: "
            "fetch main into this clone (`git fetch origin main`)."
        )
    return result.stdout


def same_spec(baseline: BaselineTree) -> bool:
    """Whether the work tree's openapi.yaml is 1.2.0's: the bars compare the same spec."""
    return (ROOT / "openapi.yaml").read_bytes() == (baseline.path() / "openapi.yaml").read_bytes()


def spec_note(baseline: BaselineTree) -> str:
    if same_spec(baseline):
        return f"openapi.yaml is the same as at {BASELINE}."
    return (
        f"**openapi.yaml differs from the one at {BASELINE}**, so these figures do not compare"
        " the same spec: generate 1.2.0's templates on this spec to compare like with like."
    )


def generated_files(tree: Path) -> list[Path]:
    """The generated tree's files, relative to ``tree / "generated"``.

    In the work tree: what git tracks there plus untracked files it does not ignore (the view
    `duplicates` takes), so an uncommitted regeneration counts. In 1.2.0's archive every file
    is one git tracked.
    """
    folder = tree / "generated"
    if not folder.is_dir():
        raise SystemExit(f"{folder} does not exist: run `make generate`")
    if tree == ROOT:
        listed = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", "generated")
        names = [Path(name).relative_to("generated") for name in listed.split("\0") if name]
        return sorted(name for name in names if (folder / name).is_file())
    return sorted(
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


def line_counts(tree: Path) -> Counter[str]:
    """Lines of the generated tree: ``.py`` files, all files, and each ``.py`` file's folder."""
    counts: Counter[str] = Counter()
    for name in generated_files(tree):
        lines = (tree / "generated" / name).read_bytes().count(b"\n")
        counts["all files"] += 1
        counts["all lines"] += lines
        if name.suffix == ".py":
            counts[".py files"] += 1
            counts[".py lines"] += lines
            # Two levels deep: `kirimchat/api/` as one folder, not one row per tag.
            folder = "/".join(name.parts[:-1][:2])
            counts[f"folder:{folder}/" if folder else "folder:(top level)"] += lines
    return counts


def bench_lines(baseline: BaselineTree) -> Part:
    now, then = line_counts(ROOT), line_counts(baseline.path())
    rows = [
        Row(
            f"generated lines, {'`.py`' if kind == '.py' else 'all'} files, vs {BASELINE}",
            f"{now[f'{kind} lines']:,} lines in {now[f'{kind} files']} files",
            f"{then[f'{kind} lines']:,} lines in {then[f'{kind} files']} files",
            now[f"{kind} lines"] / then[f"{kind} lines"],
            "≤ 0.75×",
        )
        for kind in (".py", "all")
    ]
    reduction = 1 - now[".py lines"] / then[".py lines"]
    total = 1 - now["all lines"] / then["all lines"]
    folders = sorted(
        {key for key in now | then if key.startswith("folder:")},
        key=lambda key: -max(now[key], then[key]),
    )
    by_folder = ", ".join(
        f"`{key.removeprefix('folder:')}` {now[key]:,} ({then[key]:,})" for key in folders
    )
    notes = [
        f"Reduction: {reduction:.1%} of the `.py` lines, {total:.1%} of all lines (bar: at"
        f" least 25 %). {spec_note(baseline)}",
        f"`.py` lines by folder of `generated/`, now ({BASELINE} in brackets): {by_folder}.",
    ]
    return Part(rows, notes)


def duplicate_pairs(folder: Path) -> int:
    """The number of pairs `duplicates` finds in ``folder``; fails on an incomplete reading."""
    command = shutil.which("duplicates")
    if command is None:
        raise SystemExit("`duplicates` is not on PATH: the duplicates bar needs it")
    result = subprocess.run(
        [command, "--repo", str(folder), "--most", "1", "--seconds", "300"],
        capture_output=True,
        text=True,
        check=True,
    )
    output = result.stdout + result.stderr
    incomplete = [line for line in output.splitlines() if line.startswith("incomplete:")]
    if incomplete:
        raise SystemExit(f"duplicates did not read all of {folder}: {incomplete[0]}")
    first = output.splitlines()[0] if output else ""
    if first.startswith("no duplicates"):
        return 0
    match = re.match(r"(\d+) pairs? ", first)
    if match is None:
        raise SystemExit(f"cannot read the pair count from duplicates' first line: {first!r}")
    return int(match.group(1))


def bench_duplicates(baseline: BaselineTree) -> Part:
    now = duplicate_pairs(ROOT / "generated")
    then = duplicate_pairs(baseline.path() / "generated")
    row = Row(
        f"`duplicates` pairs in `generated/` vs {BASELINE}",
        f"{now} pairs",
        f"{then} pairs",
        now / then if then else None,
        "≤ 0.5×",
    )
    return Part([row], [spec_note(baseline)])


def regeneration(tree: Path, cache: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``python -m scripts.generation --check`` in ``tree``, with its
    own scripts; fails when the check does (a stale tree, or a broken generator).

    The tool environment's .pth puts this work tree on sys.path; PYTHONPATH comes first, so
    ``tree``'s scripts run (bench_regeneration checks it). CPU time (the child's and its
    tools', user and system) is a second view of the same runs, less moved than wall time by
    other jobs on the machine.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "scripts.generation", "--check"],
        cwd=tree,
        env=bytecode_env(cache, PYTHONPATH=str(tree)),
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        output = (result.stdout + result.stderr)[-2000:]
        raise SystemExit(
            f"`python -m scripts.generation --check` failed in {tree} (status"
            f" {result.returncode}): its generated/ is not what its spec gives, or the generator"
            f" broke. Run `make generate` there. Last output:\n{output}"
        )
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def generation_package(tree: Path) -> Path:
    """Where ``scripts.generation`` is imported from when run in ``tree``."""
    found = subprocess.run(
        [sys.executable, "-c", "import scripts.generation as g; print(g.__file__)"],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return Path(found).resolve()


def bench_regeneration(baseline: BaselineTree, repeat: int) -> Part:
    old = baseline.path()
    for tree in (ROOT, old):
        if not generation_package(tree).is_relative_to(tree.resolve()):
            raise SystemExit(
                f"scripts.generation run in {tree} imports {generation_package(tree)}, not"
                " its own: the regeneration ratio would time one generator twice"
            )
    cpu: dict[Path, list[float]] = {ROOT: [], old: []}
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:

        def run(tree: Path) -> float:
            wall, used = regeneration(tree, Path(cache))
            cpu[tree].append(used)
            return wall

        # One discarded run of each: it compiles the bytecode and reads the tools from disk.
        run(ROOT), run(old)
        for discarded in cpu.values():
            discarded.clear()
        ours, base = median_pair(lambda: run(ROOT), lambda: run(old), repeat)
    our_cpu, base_cpu = statistics.median(cpu[ROOT]), statistics.median(cpu[old])
    rows = [
        Row(
            f"`python -m scripts.generation --check` vs {BASELINE}'s in its own tree, wall",
            f"{ours:.2f} s",
            f"{base:.2f} s",
            ours / base,
            "≤ 1.00×",
        ),
        Row(
            "the same runs, CPU time",
            f"{our_cpu:.2f} s",
            f"{base_cpu:.2f} s",
            our_cpu / base_cpu,
            "",
        ),
    ]
    notes = [
        f"Median of {repeat} runs of each, alternating, after one discarded run of each; a run"
        " builds the whole tree into a temporary directory and diffs it with the committed"
        f" one. {spec_note(baseline)}"
    ]
    return Part(rows, notes)


READS_BAR = 3
"""Issue 17: one call of ``client.contacts.attach_label`` runs code of at most 3 generated
files (a newcomer follows a call by reading those)."""


def bench_reads() -> Part:
    child = subprocess.run(
        [sys.executable, "-m", "scripts.bench", "--reads-client"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if child.returncode != 0:
        raise SystemExit(f"the traced attach_label call failed:\n{child.stderr[-2000:]}")
    files: list[str] = json.loads(child.stdout)
    runtime = [name for name in files if (ROOT / "runtime" / "kirimchat" / name).is_file()]
    row = Row(
        "generated files whose code runs in one `client.contacts.attach_label` call",
        f"{len(files)} files ({len(files) - len(runtime)} rendered, {len(runtime)} copied"
        " from `runtime/`)",
        "",
        None,
        f"≤ {READS_BAR}",
        measured=len(files),
    )
    names = ", ".join(f"`{name}`" + (" (runtime)" if name in runtime else "") for name in files)
    notes = [
        "Counted with `sys.setprofile` over the second of two calls in a fresh process, against"
        " an `httpx.MockTransport` with the canned response of `scripts/bench_server.py`, so"
        " that imports done by the first call are left out. The files, under"
        f" `generated/kirimchat/`: {names}."
    ]
    return Part([row], notes)


def reads_client() -> None:
    """The traced side of ``bench_reads``, in a child process: prints the files as JSON."""
    import httpx
    import kirimchat

    from scripts.bench_server import BODY, RESPONSE

    package = Path(kirimchat.__file__).resolve().parent
    # The benchmark server's canned answer, headers included (the pacer reads the rate-limit
    # ones), so that the call takes the path it takes against the real API.
    head = RESPONSE.split(b"\r\n\r\n", 1)[0].decode().split("\r\n")[1:]
    headers = dict(line.split(": ", 1) for line in head)
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers=headers, content=BODY)
    )
    seen: set[str] = set()

    def profile(frame: Any, event: str, arg: Any) -> None:
        # Module bodies are imports, not the call; C functions have no file of ours.
        if event == "call" and frame.f_code.co_name != "<module>":
            seen.add(frame.f_code.co_filename)

    http = httpx.Client(transport=transport)
    with kirimchat.KirimChat(
        api_key=KEY, base_url="https://bench.invalid/v1", http_client=http
    ) as client:
        client.contacts.attach_label(CONTACT, label_id=LABEL)  # lazy imports happen here
        threading.setprofile(profile)  # in case the call hands work to a thread
        sys.setprofile(profile)
        try:
            client.contacts.attach_label(CONTACT, label_id=LABEL)
        finally:
            sys.setprofile(None)
            threading.setprofile(None)
    ours = sorted(
        Path(name).resolve().relative_to(package).as_posix()
        for name in seen
        if Path(name).resolve().is_relative_to(package)
    )
    if not ours:
        raise SystemExit(f"the traced call ran no code under {package}: the tracing is broken")
    print(json.dumps(ours))


# --- test time ---------------------------------------------------------------------------


TEST_PARTS = ("lint", "check", "contract", "pytest")
"""`make test`'s sub-targets, timed one by one (their sum is `make test`)."""


def bench_make_test() -> list[Row]:
    seconds = {part: timed(["make", "-s", part]) for part in TEST_PARTS}
    slowest = sorted(seconds, key=seconds.__getitem__, reverse=True)[:3]
    return [
        Row(
            "`make test` wall time on this machine; its three slowest parts",
            f"{sum(seconds.values()):.0f} s",
            ", ".join(f"`make {part}` {seconds[part]:.0f} s" for part in slowest),
            None,
            "",
        )
    ]


# --- report -------------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = re.findall(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = names[0].strip() if names else cpu
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total = re.search(r"MemTotal:\s+(\d+) kB", meminfo.read_text())
        memory = f", {int(total.group(1)) / 1024 / 1024:.0f} GiB" if total else ""
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )


def write_report(output: Path, report: str, part: str, heading: str | None) -> None:
    """Replace one measured part of ``output`` (between ``<!-- {part}:start -->`` and its end);
    what people wrote around it stays. A missing part is added at the end, under ``heading``."""
    start, end = f"<!-- {part}:start -->", f"<!-- {part}:end -->"
    text = output.read_text(encoding="utf-8") if output.exists() else "# Benchmarks\n"
    if start not in text or end not in text:
        title = f"## {heading}\n\n" if heading else ""
        text = text.rstrip("\n") + f"\n\n{title}{start}\n{end}\n"
    before, rest = text.split(start, 1)
    after = rest.split(end, 1)[1]
    output.write_text(f"{before}{start}\n{report}{end}{after}", encoding="utf-8")


def render(part: Part, intro: list[str]) -> str:
    lines = [
        f"Measured by `make bench` ({datetime.now(UTC):%Y-%m-%d}) on: {machine()};"
        f" load average {os.getloadavg()[0]:.1f}.",
        *intro,
        "",
        "| what | ours | baseline | ratio | bar | |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in part.rows:
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else ""
        lines.append(
            f"| {row.what} | {row.ours} | {row.baseline} | {ratio} | {row.bar} | {row.verdict} |"
        )
    if part.notes:
        lines += ["", *part.notes]
    return "\n".join(lines) + "\n"


TABLE_INTRO = [
    "Every ratio is ours ÷ a baseline measured in the same run, alternating the two; each",
    "figure is the median of several repetitions.",
]

PARTS = {
    "table": "Generation, per call, bulk",
    "import": "Import time (2.0 bar)",
    "lines": "Generated lines against 1.2.0 (2.0 bar)",
    "duplicates": "Duplicates in generated/ against 1.2.0 (2.0 bar)",
    "regeneration": "Regeneration time against 1.2.0 (2.0 bar)",
    "reads": "Generated files one call runs (2.0 bar)",
    "throughput": "Throughput at the rate limit",
    "faults": "Faults survived and bad inputs refused",
}
"""What ``--only`` selects, in the order a full run measures them, and the heading each gets
when BENCHMARKS.md lacks its markers. Each is written between ``<!-- bench:NAME:start -->``
and its end (``table``'s markers are ``bench``, their name before the others existed)."""


def marker(name: str) -> str:
    return "bench" if name == "table" else f"bench:{name}"


def selection(value: str) -> list[str]:
    """``--only``'s comma-separated names, checked, in PARTS order."""
    names = {name.strip() for name in value.split(",") if name.strip()}
    unknown = names - PARTS.keys()
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown part {', '.join(sorted(unknown)) or '(none)'}; choose from"
            f" {', '.join(PARTS)}, comma-separated"
        )
    return [name for name in PARTS if name in names]


def measure(name: str, args: argparse.Namespace, baseline: BaselineTree) -> str:
    """One part's report, measured now."""
    repeat = 3 if args.quick else 7
    bar = [f"`make bench BENCH='--only {name}'` measures and rewrites just this part."]
    if name == "table":
        rows = bench_generation(3 if args.quick else 5)
        rows += bench_calls(500 if args.quick else 2000, repeat)
        rows += bench_validation()
        rows += bench_bulk(2000 if args.quick else 10_000)
        if not (args.quick or args.no_make_test):
            rows += bench_make_test()
        return render(Part(rows, []), TABLE_INTRO)
    if name == "throughput":
        return render_throughput(bench_throughput(300 if args.quick else 600))
    if name == "faults":
        return render_faults(10 if args.quick else 50)
    if name == "import":
        return render(bench_import(repeat), bar)
    if name == "lines":
        return render(bench_lines(baseline), bar)
    if name == "duplicates":
        return render(bench_duplicates(baseline), bar)
    if name == "regeneration":
        return render(bench_regeneration(baseline, 3 if args.quick else 5), bar)
    if name == "reads":
        return render(bench_reads(), bar)
    raise AssertionError(f"no measurement for {name}")  # selection() let an unknown name by


# --- faults and bad inputs -------------------------------------------------------------------


def render_faults(rounds: int) -> str:
    from scripts import fault_load
    from scripts.sandbox.config import SandboxConfig
    from scripts.sandbox.server import running_sandbox

    lines = [
        f"Measured by `make bench` ({datetime.now(UTC):%Y-%m-%d}) on: {machine()}.",
        f"{rounds} rounds of 7 writes (create label, create contact, attach, bulk attach, update,"
        " send, detach) against the sandbox injecting faults; the user calls again after a raise,"
        " with the error's `idempotency_key` when it `may_have_been_applied`. *Raised, applied*:"
        " raised although the sandbox had carried the write out; *misreported*: of those, said"
        " not applied. `make bench BENCH='--only faults'` measures and rewrites just this part.",
        "",
        "| client | 500s / drops | writes | calls | faults injected | raised | raised, applied"
        " | flagged may_have_been_applied | misreported | lost | applied twice |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for error_rate, drop_rate in ((0.2, 0.1), (0.4, 0.2)):
        for kind in ("sync", "async"):
            config = SandboxConfig(
                error_rate=error_rate,
                drop_rate=drop_rate,
                fault_seed=19,
                write_per_window=1_000_000,
                read_per_window=1_000_000,
            )
            with running_sandbox(config) as running:
                tally = fault_load.run(running, kind, rounds)
            lines.append(
                f"| {kind} | {error_rate:.0%} / {drop_rate:.0%} | {tally.intents} | {tally.calls}"
                f" | {tally.injected} | {tally.raised} | {tally.raised_but_applied}"
                f" | {tally.flagged} | {tally.misreported} | {len(tally.lost)}"
                f" | {len(tally.doubled)} |"
            )
    lines += ["", *render_bad_inputs()]
    return "\n".join(lines)


def render_bad_inputs() -> list[str]:
    import httpx
    import kirimchat

    from scripts.bad_inputs import CATALOGUE

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = kirimchat.KirimChat(api_key=KEY, base_url="http://bench.test/v1", http_client=http)
    by_name = otherwise = 0
    for _, param, call in CATALOGUE:
        try:
            call(client)
        except kirimchat.ParamValidationError as error:
            by_name += error.param == param
            otherwise += error.param != param
        except Exception:  # counted: any other outcome is a miss
            otherwise += 1
    return [
        f"Bad inputs (scripts/bad_inputs.py): {len(CATALOGUE)} tried; {by_name} refused with a"
        f" `ParamValidationError` naming the argument; {otherwise} otherwise; {len(sent)}"
        " requests sent."
    ]


def main() -> int:
    if sys.argv[1:2] == ["--bulk-client"]:
        bulk_client(*sys.argv[2:])
        return 0
    if sys.argv[1:2] == ["--throughput-client"]:
        throughput_client(*sys.argv[2:])
        return 0
    if sys.argv[1:2] == ["--reads-client"]:
        reads_client()
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, for a smoke run")
    parser.add_argument(
        "--only",
        type=selection,
        default=list(PARTS),
        help=f"measure and rewrite these parts only, comma-separated: {', '.join(PARTS)}",
    )
    parser.add_argument(
        "--no-make-test",
        action="store_true",
        help="skip timing `make test` (minutes; always skipped with --quick)",
    )
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    baseline = BaselineTree()
    try:
        for name in args.only:
            report = measure(name, args, baseline)
            print(report)
            write_report(args.output, report, marker(name), PARTS[name])
    finally:
        baseline.close()
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
