"""schemathesis hooks for `make contract` (schemathesis.toml loads them)."""

from __future__ import annotations

import uuid
from typing import Any

import schemathesis

IDEMPOTENCY_KEY = "Idempotency-Key"


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """Give every request with a valid Idempotency-Key a key of its own.

    The generator reuses short strings ("0", "a") across requests with different bodies, which
    the API rightly refuses with 422 `idempotency_key_reuse`, a status the spec does not
    document yet. A fresh valid key keeps the case what it was (valid stays valid); an invalid
    key (empty, over 255 characters) is left alone, so the negative cases still test it.
    Drop this hook once the spec documents 422 for key reuse.
    """
    headers = case.headers or {}
    key = headers.get(IDEMPOTENCY_KEY)
    if isinstance(key, str) and 1 <= len(key) <= 255:
        headers[IDEMPOTENCY_KEY] = str(uuid.uuid4())
