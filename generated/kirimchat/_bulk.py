# Copied from runtime/kirimchat/_bulk.py by `make generate`: edit that file, not this one.
"""Splitting a large bulk call into requests the API accepts, safely resumable.

Each chunk gets its own ``Idempotency-Key``, derived from one key per helper call and the
chunk's body. After a failure, calling the helper again with the ids not yet processed and
the same key re-creates the failed chunk with the same key: if the API did apply it before
the failure (a lost response), it replays that result instead of applying it twice.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from ._base_client import RequestOptions
from ._constants import IDEMPOTENCY_HEADER
from .errors import APIError, KirimChatError, ParamValidationError
from .types import Unset


def chunked(items: Iterable[str], size: int) -> list[list[str]]:
    """``items`` in lists of at most ``size``, in order."""
    values = list(items)
    return [values[start : start + size] for start in range(0, len(values), size)]


@contextmanager
def callers_index(field: str, offset: int) -> Iterator[None]:
    """Report a bad item of a chunk by its index among the caller's items, not the chunk's."""
    try:
        yield
    except ParamValidationError as error:
        found = re.match(rf"{re.escape(field)}\[(\d+)\]", error.param)
        if found is None:
            raise
        param = f"{field}[{int(found.group(1)) + offset}]{error.param[found.end() :]}"
        raise ParamValidationError(param, error.value, error.rule) from None


def base_key(idempotency_key: str | Unset, options: RequestOptions) -> str:
    """The key the chunks' keys derive from: ``idempotency_key``, else an ``Idempotency-Key``
    among the caller's ``extra_headers`` (any case), else a new UUID."""
    header = options.header(IDEMPOTENCY_HEADER)
    if isinstance(idempotency_key, Unset):
        if header is None:
            import uuid

            return str(uuid.uuid4())
        idempotency_key = header
        param = "extra_headers"
    else:
        param = "idempotency_key"
        if header is not None and header != idempotency_key:
            raise ParamValidationError(
                "extra_headers", header, "must not hold another key than idempotency_key"
            )
    if not isinstance(idempotency_key, str) or not 0 < len(idempotency_key) <= 200:
        # Each request's key is this one plus 17 characters, within the API's 255.
        raise ParamValidationError(param, idempotency_key, "must be 1 to 200 characters long")
    return idempotency_key


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
        may_have_been_applied: whether the failed chunk may have been applied all the same
            (resuming with ``idempotency_key`` then replays it rather than applying it twice).
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
        self.idempotency_key: str = idempotency_key
        self.may_have_been_applied = error.may_have_been_applied
        self.error = error
