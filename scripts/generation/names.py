"""How the spec's names become Python names (one rule, used by every part of the generator)."""

from __future__ import annotations

import keyword
import re


def snake(name: str) -> str:
    """``attachLabel`` → ``attach_label``, ``Saved segments`` → ``saved_segments``."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake(name).split("_"))


def identifier(name: str) -> str:
    """A wire name as a Python argument: ``from`` → ``from_``, ``Idempotency-Key`` →
    ``idempotency_key``."""
    python = snake(name) or "value"
    if python[0].isdigit():
        python = "n" + python
    return python + "_" if keyword.iskeyword(python) or python in ("self",) else python
