"""Splitting a large bulk call into requests the API accepts, safely resumable.

Each chunk gets its own ``Idempotency-Key``, derived from one key per helper call and the
chunk's body. After a failure, calling the helper again with the ids not yet processed and
the same key re-creates the failed chunk with the same key: if the API did apply it before
the failure (a lost response), it replays that result instead of applying it twice.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from .errors import APIError, KirimChatError


def chunked(items: Iterable[str], size: int) -> list[list[str]]:
    """``items`` in lists of at most ``size``, in order."""
    values = list(items)
    return [values[start : start + size] for start in range(0, len(values), size)]


def chunk_key(base: str, body: dict[str, Any]) -> str:
    """The idempotency key of one chunk: the call's key and a digest of the chunk's body."""
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]
    return f"{base}-{digest}"


class BulkOperationError(KirimChatError):
    """A chunk of a bulk helper failed after its retries; nothing after it was sent.

    Attributes:
        totals: the summed results of the chunks that succeeded.
        remaining_ids: the ids not processed: the failed chunk's and all later ones.
        idempotency_key: pass it back to the helper with ``remaining_ids`` to resume.
        error: the API error of the failed chunk (also ``__cause__``).

    Resume with nothing lost or applied twice::

        try:
            result = client.contacts.bulk_attach_label(label_id, contact_ids)
        except kirimchat.BulkOperationError as failure:
            rest = client.contacts.bulk_attach_label(
                label_id, failure.remaining_ids, idempotency_key=failure.idempotency_key
            )
    """

    def __init__(
        self, totals: Any, remaining_ids: list[str], idempotency_key: str, error: APIError
    ) -> None:
        super().__init__(
            f"bulk operation stopped with {len(remaining_ids)} ids not processed: {error}"
        )
        self.totals = totals
        self.remaining_ids = remaining_ids
        self.idempotency_key = idempotency_key
        self.error = error
