"""The sandbox's parts and entry points: the token bucket on a fake clock, the command line
(`make sandbox`) and the demo (`make demo`)."""

from __future__ import annotations

import re
import signal
import subprocess
import sys

import httpx
import pytest
from conftest import read_line_within
from support import run

from scripts.sandbox.ratelimit import TokenBucket


class FakeClock:
    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_a_bucket_refills_at_its_rate_and_says_when_it_is_full_again() -> None:
    clock = FakeClock()
    bucket = TokenBucket(capacity=6, window_seconds=60, clock=clock, wall_clock=clock)

    reports = [bucket.take() for _ in range(7)]

    assert [r.remaining for r in reports[:6]] == [5, 4, 3, 2, 1, 0]
    assert reports[6].retry_after == 10  # one token every 10 s
    assert reports[5].reset == 1_060  # six tokens short: a full window
    clock.now += 9.5
    assert bucket.take().retry_after == 1  # half a second short rounds up to a whole second
    clock.now += 0.5
    assert bucket.take().retry_after is None
    clock.now += 1_000
    assert bucket.report().remaining == 6  # never more than its capacity


def test_make_sandbox_s_command_prints_a_working_key_and_serves_until_stopped() -> None:
    command = [
        sys.executable,
        "-m",
        "scripts.sandbox",
        "--port",
        "0",
        "--write-limit",
        "5",
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        banner = [read_line_within(process, 30)]
        # The banner is one print: once its first line is here, the rest is too.
        while banner[-1] and "Ctrl-C" not in banner[-1] and len(banner) < 40:
            banner.append(process.stdout.readline())
        text = "".join(banner)
        base_url = re.search(r"sandbox: ready at (\S+)", text)
        key = re.search(r"KIRIM_API_KEY=(kdv_live_\S+)", text)
        contact = re.search(r" contact_id +(ctc_\S+)", text)
        label = re.search(r" label_id +(lbl_\S+)", text)
        assert base_url and key and contact and label, text

        response = httpx.post(
            f"{base_url[1]}/contacts/{contact[1]}/labels",
            json={"label_id": label[1]},
            headers={"Authorization": f"Bearer {key[1]}"},
        )
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit"] == "5"
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C
        exit_code = process.wait(timeout=15)
        assert process.stdout is not None
        process.stdout.close()
    # uvicorn shuts down cleanly, then re-raises the Ctrl-C, as a well-behaved program does.
    assert exit_code in (0, -signal.SIGINT)


def test_the_sandbox_command_refuses_an_impossible_share_of_faults() -> None:
    result = run(sys.executable, "-m", "scripts.sandbox", "--error-rate", "1.5")

    assert result.returncode == 2
    assert "error_rate" in result.stderr


@pytest.mark.timeout(120)
def test_make_demo_runs_through() -> None:
    result = run(sys.executable, "-m", "scripts.demo")

    assert result.returncode == 0, result.stderr
    for line in (
        "attach again:  attached=True",
        "NotFoundError code=resource_not_found",
        "burst of 4:    all attached=True",
        "AuthenticationError code=invalid_api_key",
    ):
        assert line in result.stdout
