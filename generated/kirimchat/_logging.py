# Copied from runtime/kirimchat/_logging.py by `make generate`: edit that file, not this one.
"""The ``kirimchat`` logger, switched on by ``KIRIM_LOG=debug`` or ``KIRIM_LOG=info``.

Applications that configure logging themselves can ignore the variable and set the level of
``logging.getLogger("kirimchat")``. Nothing logged here ever contains the API key.
"""

from __future__ import annotations

import logging
import os

from ._constants import LOG_ENV
from ._version import AUTH_HEADER

logger = logging.getLogger("kirimchat")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging() -> None:
    """Send the logger's records to stderr at the level that ``KIRIM_LOG`` names."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


# The API key's header (the spec's security scheme) and the usual credential headers.
_CREDENTIALS = frozenset({"authorization", "proxy-authorization", AUTH_HEADER.lower()})


def redact_headers(headers: dict[str, str]) -> dict[str, str]:
    """The headers with the credentials replaced, for debug logs."""
    return {
        name: "<redacted>" if name.lower() in _CREDENTIALS else value
        for name, value in headers.items()
    }
