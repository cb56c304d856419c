"""Types shared by the generated modules: the ``UNSET`` sentinel and ``Response``.

Plain classes rather than attrs ones: ``import kirimchat`` imports this module, and attrs
alone would take longer to import than the rest of the package.
"""

import re
from collections.abc import Mapping, MutableMapping
from datetime import datetime
from typing import IO, BinaryIO, Generic, Literal, TypeVar


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


T = TypeVar("T")


class Response(Generic[T]):
    """A success response of a low-level ``*_detailed`` function: raw parts and parsed model."""

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(
        self, *, status_code: int, content: bytes, headers: MutableMapping[str, str], parsed: T
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"Response(status_code={self.status_code}, parsed={self.parsed!r})"


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


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "parse_datetime"]
