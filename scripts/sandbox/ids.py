"""Ids as the docs describe them: a prefix, `_`, and 26 upper-case Crockford base32 characters.

API keys are different: `kdv_live_` and 24 URL-safe base64 characters (18 random bytes).
"""

from __future__ import annotations

import base64
import random
import re
import secrets

CROCKFORD_BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ID_BODY_LENGTH = 26
API_KEY_PREFIX = "kdv_live_"
API_KEY_PATTERN = re.compile(r"kdv_live_[A-Za-z0-9_-]{24}")


def new_id(prefix: str, rng: random.Random | None = None) -> str:
    """A fresh id such as `req_01HX…`; `rng` makes it reproducible (the seeded world)."""
    choose = rng.choice if rng is not None else secrets.choice
    return f"{prefix}_" + "".join(choose(CROCKFORD_BASE32) for _ in range(ID_BODY_LENGTH))


def new_request_id() -> str:
    return new_id("req")


def new_api_key(rng: random.Random) -> str:
    return API_KEY_PREFIX + base64.urlsafe_b64encode(rng.randbytes(18)).decode("ascii")


def is_well_formed_api_key(value: str) -> bool:
    return API_KEY_PATTERN.fullmatch(value) is not None
