"""Pagination cursors as the docs describe them: opaque, tamper-evident, tied to their filters.

A cursor names the last item of the page it ends (its `created_at` and id; lists are newest
first) and carries an HMAC-SHA256 over that position *and the list it belongs to*: the
operation, the organisation and every filter except `limit` and `cursor`. So a cursor that was
edited, made up, issued by another sandbox (each has its own secret), or passed back with other
filters or to another list fails the check and is answered with 400 `invalid_cursor`, all
alike. `limit` may change from page to page, as it changes no item's place in the list.

    cursor = base64url(position JSON + first 16 bytes of the HMAC), without padding

Remembering a position rather than an offset keeps paging exact while the list changes: items
created meanwhile sort before the cursor and are not met again, and a deleted item does not
shift the rest.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from . import errors

MAC_BYTES = 16
Position = tuple[datetime, str]  # (created_at, id) of the last item of a page


class CursorCodec:
    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret if secret is not None else secrets.token_bytes(32)

    def issue(self, position: Position, binding: bytes) -> str:
        created_at, item_id = position
        payload = json.dumps([created_at.isoformat(), item_id], separators=(",", ":")).encode()
        return _encode(payload + self._mac(payload, binding))

    def read(self, cursor: str, binding: bytes) -> Position:
        """The position a cursor names; raises 400 `invalid_cursor` for any cursor not issued
        for this list and these filters."""
        try:
            # Strictly: the lenient decoder skips stray characters, so "abc!" would read as "abc".
            token = base64.b64decode(cursor + "=" * (-len(cursor) % 4), b"-_", validate=True)
        except (binascii.Error, ValueError):
            raise errors.invalid_cursor() from None
        # The last character may carry unused bits; only the one spelling we issue is accepted.
        if _encode(token) != cursor or len(token) <= MAC_BYTES:
            raise errors.invalid_cursor()
        payload, mac = token[:-MAC_BYTES], token[-MAC_BYTES:]
        if not hmac.compare_digest(mac, self._mac(payload, binding)):
            raise errors.invalid_cursor()
        # Signed by us, so well formed: no further checks needed.
        created_at, item_id = json.loads(payload)
        return datetime.fromisoformat(created_at), item_id

    def _mac(self, payload: bytes, binding: bytes) -> bytes:
        return hmac.new(self._secret, binding + b"\n" + payload, hashlib.sha256).digest()[
            :MAC_BYTES
        ]


def _encode(token: bytes) -> str:
    return base64.urlsafe_b64encode(token).rstrip(b"=").decode("ascii")


def binding(operation_id: str, org_id: str, filters: Mapping[str, Any]) -> bytes:
    """What a cursor is tied to: the list (operation and organisation) and its filters."""
    return json.dumps([operation_id, org_id, sorted(filters.items())], default=str).encode()
