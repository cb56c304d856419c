"""A mixed load of writes at 20% injected 500s and 10% dropped connections, sync and async:
nothing lost, nothing applied twice, and every raised call says whether it may have been
applied (scripts/fault_load.py runs the load; `make bench` reports its figures)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from scripts import fault_load
from scripts.sandbox import RunningSandbox

ROUNDS = 30  # 7 writes each: 210 intents per client kind


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_faulty_network_loses_no_write_and_applies_none_twice(
    kind: str, make_sandbox: Callable[..., RunningSandbox]
) -> None:
    running = make_sandbox(
        error_rate=0.2,
        drop_rate=0.1,
        fault_seed=20,
        write_per_window=100_000,
        read_per_window=100_000,
    )
    tally = fault_load.run(running, kind, ROUNDS)

    assert tally.intents == 7 * ROUNDS
    assert tally.lost == [] and tally.doubled == []
    assert tally.misreported == 0
    # The faults were there, and some of them made calls raise that had been applied: the
    # case where the error's word decides whether a retry is safe.
    assert tally.injected > 0.2 * tally.intents
    assert tally.raised > 0 and tally.raised_but_applied > 0
