"""Benchmarks of the pipeline and the SDK: `make bench`. Not part of the test suite.

Every figure is a ratio against a baseline measured in the same run, alternating the two and
taking the median of several repetitions, because machines here are noisy. The table is
printed and written to BENCHMARKS.md with a description of the machine.

    python scripts/bench.py [--quick] [--output BENCHMARKS.md]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

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

    @property
    def verdict(self) -> str:
        if self.ratio is None:
            return ""
        limit = float(re.sub(r"[^0-9.]", "", self.bar)) if self.bar.startswith("≤") else None
        if limit is None:
            return ""
        return "meets the bar" if self.ratio <= limit else "MISSES the bar"


def median_pair(
    ours: Callable[[], float], baseline: Callable[[], float], repeat: int
) -> tuple[float, float]:
    """Median seconds of each, run alternately so that both see the same noise."""
    ours_times, base_times = [], []
    for _ in range(repeat):
        base_times.append(baseline())
        ours_times.append(ours())
    return statistics.median(ours_times), statistics.median(base_times)


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
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"}

    def ours() -> float:
        stamp.unlink(missing_ok=True)  # a clean state: make must regenerate everything
        return timed(["make", "-s", "generate"])

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
        env={**os.environ, "PYTHONPATH": str(ROOT / "generated")},
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


def bench_import(repeat: int) -> tuple[list[Row], list[str]]:
    with clean_environment() as python:
        ours_times, base_times, profiles = [], [], []
        for _ in range(repeat):
            base_times.append(import_profile(python, "httpx")["httpx"][1])
            profile = import_profile(python, "kirimchat")
            ours_times.append(profile["kirimchat"][1])
            profiles.append(profile)
    ours, base = statistics.median(ours_times), statistics.median(base_times)
    last = profiles[len(profiles) // 2]
    heaviest = sorted(
        (
            (name, cumulative)
            for name, (_, cumulative) in last.items()
            if name.split(".")[0] != "kirimchat" or name.count(".") <= 1
        ),
        key=lambda item: -item[1],
    )
    top = [
        f"`{name}` {cumulative / 1000:.1f} ms"
        for name, cumulative in heaviest[:8]
        if name != "kirimchat"
    ]
    return [
        Row(
            "`import kirimchat` vs `import httpx` (fresh process, clean venv)",
            f"{ours / 1000:.1f} ms",
            f"{base / 1000:.1f} ms",
            ours / base,
            "≤ 1.3×",
        )
    ], top


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


def _headers() -> dict[str, str]:
    """What the SDK sends, so that the baseline sends the same bytes."""
    import kirimchat

    return {
        "Authorization": f"Bearer {KEY}",
        "User-Agent": f"kirimchat-python/{kirimchat.__version__}",
        "Accept": "application/json",
        "Idempotency-Key": str(uuid.uuid4()),
    }


def bench_calls(calls: int, repeat: int) -> list[Row]:
    import httpx
    import kirimchat
    from kirimchat._constants import DEFAULT_CONNECTION_LIMITS

    rows = []
    with bench_server() as base_url:
        url = f"{base_url}/contacts/{CONTACT}/labels"
        with (
            httpx.Client() as bare_client,
            kirimchat.KirimChat(api_key=KEY, base_url=base_url) as client,
        ):

            def ours() -> float:
                start = time.perf_counter()
                for _ in range(calls):
                    client.contacts.attach_label(CONTACT, label_id=LABEL)
                return time.perf_counter() - start

            def bare() -> float:
                start = time.perf_counter()
                for _ in range(calls):
                    bare_client.post(url, json={"label_id": LABEL}, headers=_headers()).json()
                return time.perf_counter() - start

            ours(), bare()  # warm the connections and caches
            mine, base = median_pair(ours, bare, repeat)
        rows.append(
            Row(
                f"{calls} attach calls, `KirimChat` vs bare `httpx.Client` (keep-alive)",
                f"{mine / calls * 1e6:.0f} µs/call",
                f"{base / calls * 1e6:.0f} µs/call",
                mine / base,
                "≤ 1.10×",
            )
        )

        async def run_async() -> tuple[float, float]:
            # The SDK's own pool limits, so that both keep the same connections alive.
            async with (
                httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS) as bare_async,
                kirimchat.AsyncKirimChat(api_key=KEY, base_url=base_url) as async_client,
            ):

                async def waves(call: Callable[[], object]) -> float:
                    start = time.perf_counter()
                    for _ in range(calls // 50):
                        await asyncio.gather(*(call() for _ in range(50)))  # type: ignore[misc]
                    return time.perf_counter() - start

                async def bare_call() -> None:
                    (
                        await bare_async.post(url, json={"label_id": LABEL}, headers=_headers())
                    ).json()

                def our_call() -> object:
                    return async_client.contacts.attach_label(CONTACT, label_id=LABEL)

                await waves(our_call), await waves(bare_call)
                ours_times, base_times = [], []
                for _ in range(repeat):
                    base_times.append(await waves(bare_call))
                    ours_times.append(await waves(our_call))
                return statistics.median(ours_times), statistics.median(base_times)

        mine, base = asyncio.run(run_async())
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
    from kirimchat import _rules
    from kirimchat._validation import check_argument

    body = {"label_id": LABEL}

    def checks() -> None:
        check_argument(_rules.ATTACH_LABEL__ID, CONTACT, "contact_id")
        check_argument(_rules.ATTACH_LABEL__BODY, body, "")

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
    """The bulk helper against the sandbox, against a loop of single attach calls."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        from sandbox.bench import bulk_scenario  # type: ignore[import-not-found]
    except ImportError:
        return [Row("bulk: the sandbox has no benchmark scenario yet", "", "", None, "")]
    return bulk_scenario(contacts)  # type: ignore[no-any-return]


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


START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def write_report(output: Path, report: str) -> None:
    """Replace the measured part of ``output``; what people wrote around it stays."""
    empty = f"# Benchmarks\n\n{START}\n{END}\n"
    text = output.read_text(encoding="utf-8") if output.exists() else empty
    if START not in text or END not in text:
        raise SystemExit(f"{output} lacks the {START} ... {END} markers around the measured part")
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    output.write_text(f"{before}{START}\n{report}{END}{after}", encoding="utf-8")


def render(rows: list[Row], contributors: list[str]) -> str:
    lines = [
        f"Measured by `make bench` ({datetime.now(UTC):%Y-%m-%d}) on: {machine()}.",
        "Every ratio is ours ÷ a baseline measured in the same run, alternating the two; each",
        "figure is the median of several repetitions.",
        "",
        "| what | ours | baseline | ratio | bar | |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else ""
        lines.append(
            f"| {row.what} | {row.ours} | {row.baseline} | {ratio} | {row.bar} | {row.verdict} |"
        )
    if contributors:
        lines += [
            "",
            "Largest contributors to `import kirimchat`: " + ", ".join(contributors) + ".",
        ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, for a smoke run")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    rows = bench_generation(3 if args.quick else 5)
    import_rows, contributors = bench_import(repeat)
    rows += import_rows
    rows += bench_calls(500 if args.quick else 2000, repeat)
    rows += bench_validation()
    rows += bench_bulk(2000 if args.quick else 10_000)
    report = render(rows, contributors)
    print(report)
    write_report(args.output, report)
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
