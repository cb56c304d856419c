"""`Idempotency-Key`, as the idempotency docs describe it.

The first response to a key is kept (for 24 hours) with a fingerprint of the request: method,
path and canonical JSON body. The same key with the same fingerprint gets that response again,
marked `Idempotent-Replayed: true`, and nothing is carried out twice; the same key with another
fingerprint is refused with 422 `idempotency_key_reuse`. Keys are scoped to the organisation.

429s and 5xx are not kept: nothing was carried out, so a retry must really run.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from . import errors


@dataclass(frozen=True)
class StoredResponse:
    status: int
    body: bytes
    headers: dict[str, str]


def fingerprint(method: str, path: str, body: bytes) -> str:
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:  # not JSON: the bytes themselves
        canonical = body
    return hashlib.sha256(b"\n".join([method.encode(), path.encode(), canonical])).hexdigest()


def worth_keeping(status: int) -> bool:
    return status != 429 and status < 500


class IdempotencyStore:
    def __init__(self, ttl_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._entries: dict[tuple[str, str], tuple[float, str, StoredResponse]] = {}

    def replay(self, org_id: str, key: str, request_fingerprint: str) -> StoredResponse | None:
        """The kept response for this key, None for a new key; raises on reuse."""
        entry = self._entries.get((org_id, key))
        if entry is None:
            return None
        stored_at, kept_fingerprint, response = entry
        if self._clock() - stored_at > self.ttl_seconds:
            del self._entries[(org_id, key)]
            return None
        if kept_fingerprint != request_fingerprint:
            raise errors.idempotency_key_reuse()
        return response

    def keep(self, org_id: str, key: str, request_fingerprint: str, response: StoredResponse):
        if worth_keeping(response.status):
            self._entries[(org_id, key)] = (self._clock(), request_fingerprint, response)
