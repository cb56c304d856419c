"""Arguments a careless caller passes: each must raise ``ParamValidationError`` naming the
argument, and send nothing.

The catalogue names calls of today's spec (it is a user's view of the SDK, not part of the
generator); tests/test_bad_inputs.py checks every entry and ``make bench`` counts them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

LABEL = "lbl_01HXYZABCDEFGHJKMNPQRSTVWX"
CONTACT = "ctc_01HXYZABCDEFGHJKMNPQRSTVWX"

BadInput = tuple[str, str, Callable[[Any], Any]]  # what is wrong, the argument blamed, the call

CATALOGUE: list[BadInput] = [
    ("an id of the wrong kind", "contact_id", lambda c: c.contacts.get(LABEL)),
    ("an id with a space", "label_id", lambda c: c.labels.get("lbl_ 1")),
    ("an empty id", "label_id", lambda c: c.labels.get("")),
    ("an id that is a number", "label_id", lambda c: c.labels.get(42)),
    ("None for a required id", "label_id", lambda c: c.labels.get(None)),
    ("a path traversal in an id", "label_id", lambda c: c.labels.get("../../admin")),
    ("a limit too large", "limit", lambda c: c.labels.list(limit=500)),
    ("a limit of zero", "limit", lambda c: c.labels.list(limit=0)),
    ("a limit that is a string", "limit", lambda c: c.labels.list(limit="10")),
    ("a limit that is a bool", "limit", lambda c: c.labels.list(limit=True)),
    ("a limit that is a float", "limit", lambda c: c.labels.list(limit=2.5)),
    ("an unknown enum value", "color", lambda c: c.labels.create(name="x", color="mauve")),
    ("an empty required string", "name", lambda c: c.labels.create(name="")),
    ("a name too long", "name", lambda c: c.labels.create(name="x" * 10_000)),
    ("a name that is not text", "name", lambda c: c.labels.create(name=["x"])),
    ("a lone surrogate in a body field", "name", lambda c: c.labels.create(name="caf\udce9")),
    ("a lone surrogate in a query", "search", lambda c: c.contacts.list(search="\ud800")),
    (
        "a phone number not in E.164",
        "phone_number",
        lambda c: c.contacts.create(phone_number="0812"),
    ),
    ("NaN where a number goes", "limit", lambda c: c.labels.list(limit=math.nan)),
    (
        "a line break in a header parameter",
        "idempotency_key",
        lambda c: c.labels.create(name="x", idempotency_key="a\r\nX-Evil: 1"),
    ),
    (
        "a non-ASCII header parameter",
        "idempotency_key",
        lambda c: c.labels.create(name="x", idempotency_key="kunci-é"),
    ),
    (
        "an empty idempotency key",
        "idempotency_key",
        lambda c: c.labels.create(name="x", idempotency_key=""),
    ),
    (
        "None instead of a list of ids",
        "contact_ids",
        lambda c: c.contacts.bulk_attach_label(LABEL, None),
    ),
    (
        "one string instead of a list of ids",
        "contact_ids",
        lambda c: c.contacts.bulk_attach_label(LABEL, CONTACT),
    ),
    (
        "a number instead of a list of ids",
        "contact_ids",
        lambda c: c.contacts.bulk_attach_label(LABEL, 7),
    ),
    (
        "a malformed id deep in a bulk list",
        "contact_ids[250]",
        lambda c: c.contacts.bulk_attach_label(LABEL, [CONTACT] * 250 + ["ctc_bad"]),
    ),
    (
        "a message of an unknown type",
        "type",
        lambda c: c.messages.send(body={"to": "+6281234567890", "type": "fax"}),
    ),
    (
        "a message without its text",
        "text",
        lambda c: c.messages.send(body={"to": "+6281234567890", "type": "text"}),
    ),
    ("an unknown status filter", "status", lambda c: c.conversations.list(status="lost")),
    (
        "a line break in extra_headers",
        "extra_headers",
        lambda c: c.labels.list(extra_headers={"X-A": "b\nc"}),
    ),
    (
        "extra_query that is not a mapping",
        "extra_query",
        lambda c: c.labels.list(extra_query=["a"]),
    ),
    (
        "extra_body that JSON cannot hold",
        "extra_body",
        lambda c: c.labels.create(name="x", extra_body={"when": object()}),
    ),
    ("a timeout of zero", "timeout", lambda c: c.labels.list(timeout=0)),
    ("an infinite timeout", "timeout", lambda c: c.labels.list(timeout=math.inf)),
    ("max_retries below zero", "max_retries", lambda c: c.labels.list(max_retries=-1)),
]
