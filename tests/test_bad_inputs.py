"""Every entry of scripts/bad_inputs.py, sync and async: a ParamValidationError naming the
argument, and nothing sent."""

from __future__ import annotations

from typing import Any

import kirimchat
import pytest
from client_harness import KINDS, Harness

from scripts.bad_inputs import CATALOGUE


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("what", "param", "call"), CATALOGUE, ids=[c[0] for c in CATALOGUE])
def test_a_bad_argument_is_refused_by_name_before_sending(
    kind: str, what: str, param: str, call: Any
) -> None:
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError) as raised:
        harness.run(call)
    assert raised.value.param == param, str(raised.value)
    assert harness.requests == []
