# Copied from runtime/kirimchat/types.py by `make generate`: edit that file, not this one.
"""Types shared by the generated modules: the ``UNSET`` sentinel, file parts, date-times.

Plain classes rather than attrs ones: ``import kirimchat`` imports this module, and attrs
alone would take longer to import than the rest of the package.
"""

import re
from collections.abc import Mapping
from datetime import datetime
from typing import IO, BinaryIO, Literal


class Unset:
    """The type of ``UNSET``: an argument or field that was not given (``None`` may be a value)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """Contains information for file uploads."""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(
        self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None
    ) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


_FRACTION = re.compile(r"\.(\d+)")


def parse_datetime(text: str) -> datetime:
    """An RFC 3339 date-time, the same on every Python: ``Z`` or ``z`` for UTC (which
    ``datetime.fromisoformat`` reads only from 3.11 on, and then only in upper case), and any
    number of fraction digits (3.10 reads only 3 or 6)."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    text = text.upper().replace("Z", "+00:00")
    text = _FRACTION.sub(lambda found: "." + (found.group(1) + "00000")[:6], text)
    return datetime.fromisoformat(text)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Unset", "parse_datetime"]
