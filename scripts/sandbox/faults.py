"""Injected faults: a share of 500s and of dropped connections. Off unless configured.

A 500 is injected before anything is carried out. A drop happens after the request was carried
out and its response prepared: the status line and headers go out, then the connection closes
before the body. That is the case a client's retry with the same `Idempotency-Key` must survive.

Tests that need an exact sequence queue outcomes with `script(...)`; the queue is used up before
the random shares are drawn.
"""

from __future__ import annotations

import enum
import random
from collections import deque


class Fault(enum.Enum):
    NONE = "none"
    ERROR = "500"
    DROP = "drop"


class Faults:
    def __init__(self, error_rate: float = 0.0, drop_rate: float = 0.0, seed: int | None = None):
        self.error_rate, self.drop_rate = error_rate, drop_rate
        self._rng = random.Random(seed)
        self._scripted: deque[Fault] = deque()
        self.injected: list[Fault] = []  # what was injected, in order (tests read it)

    def script(self, *outcomes: Fault) -> None:
        """The next requests get these outcomes, in order (Fault.NONE for a normal one)."""
        self._scripted.extend(outcomes)

    def draw(self) -> Fault:
        if self._scripted:
            fault = self._scripted.popleft()
        elif self.error_rate == 0.0 and self.drop_rate == 0.0:
            fault = Fault.NONE
        else:
            roll = self._rng.random()
            if roll < self.error_rate:
                fault = Fault.ERROR
            elif roll < self.error_rate + self.drop_rate:
                fault = Fault.DROP
            else:
                fault = Fault.NONE
        if fault is not Fault.NONE:
            self.injected.append(fault)
        return fault
