"""The ``kirimchat`` logger, switched on by ``KIRIM_LOG=debug`` or ``KIRIM_LOG=info``.

Applications that configure logging themselves can ignore the variable and set the level of
``logging.getLogger("kirimchat")``. Nothing logged here ever contains the API key.
"""

from __future__ import annotations

import logging
import os

from ._constants import LOG_ENV

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


def redact_headers(headers: dict[str, str]) -> dict[str, str]:
    """The headers with the credentials replaced, for debug logs."""
    return {
        name: "<redacted>" if name.lower() in ("authorization", "proxy-authorization") else value
        for name, value in headers.items()
    }
