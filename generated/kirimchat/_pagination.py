# Copied from runtime/kirimchat/_pagination.py by `make generate`: edit that file, not this one.
"""Pages of list operations, which also walk every later page, lazily.

    for label in client.labels.list():          # every label of every page
        ...
    page = client.labels.list(limit=100)         # or one page at a time
    while page.has_more:
        page = page.next_page()
    len(page), page[0], page[-1], page[:3]       # this page's items only

    async for label in client.labels.list():    # the same, with AsyncKirimChat
        ...
    page = await client.labels.list()

Each next page is requested with the filters of the first and the previous page's
``next_cursor``, as the API requires; cursors are opaque and never built here. A walk
remembers every cursor it followed and raises ``KirimChatError`` rather than loop or stop
short: on a cursor that comes back, on ``has_more`` without a ``next_cursor``, and after
several empty pages in a row that still say ``has_more``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar, overload

from ._constants import MAX_EMPTY_PAGES
from .errors import KirimChatError

ItemT = TypeVar("ItemT")


class _PageFields(Generic[ItemT]):
    """What every page has: its items, where the list goes on, and the walk so far."""

    def __init__(
        self,
        data: list[ItemT],
        has_more: bool,
        next_cursor: str | None,
        request_id: str,
        cursor: str | None,
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self.request_id = request_id
        # Each cursor of the walk with the number of the page it fetched (this one is 0), so
        # that asking one page for its next page twice is not taken for a cycle.
        self._walk: dict[str, int] = {cursor: 0} if cursor else {}
        self._number = 0
        self._empty_run = 0 if data else 1

    def has_next_page(self) -> bool:
        """Whether the API says more pages follow (``next_page()`` fetches the next one)."""
        return self.has_more

    def _cursor_for_next(self) -> str:
        cursor = self.next_cursor
        if not self.has_more:
            raise KirimChatError("This is the last page: there is no next page to fetch.")
        if not cursor:
            raise KirimChatError(
                f"The API said more pages follow page {self._number + 1} but gave no"
                " next_cursor: the list cannot be completed."
            )
        if self._walk.get(cursor, self._number + 1) != self._number + 1:
            # A server cycling through cursors would page forever.
            raise KirimChatError(
                f"Pagination went round in a circle: cursor {cursor!r} came back at page"
                f" {self._number + 2}."
            )
        if self._empty_run >= MAX_EMPTY_PAGES:
            raise KirimChatError(
                f"Pagination stalled: {self._empty_run} empty pages in a row said more follow."
            )
        return cursor

    def _continue(self, previous: _PageFields[Any], cursor: str) -> None:
        """Make this page, fetched with ``cursor``, the one after ``previous`` in its walk."""
        self._number = previous._number + 1
        self._walk = previous._walk
        self._walk[cursor] = self._number
        self._empty_run = 0 if self.data else previous._empty_run + 1

    def __len__(self) -> int:
        """The number of items on this page (iterating goes on to the later pages)."""
        return len(self.data)

    @overload
    def __getitem__(self, index: int) -> ItemT: ...
    @overload
    def __getitem__(self, index: slice) -> list[ItemT]: ...
    def __getitem__(self, index: int | slice) -> ItemT | list[ItemT]:
        """An item of this page (``page[0]``, ``page[-1]``), or a list of them (``page[:3]``)."""
        return self.data[index]

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} items={len(self.data)} has_more={self.has_more}"
            f" request_id={self.request_id!r}>"
        )


class SyncPage(_PageFields[ItemT]):
    """One page of a list. Iterating over it yields every item of this and all later pages."""

    def __init__(
        self, envelope: Any, fetch: Callable[[str], SyncPage[ItemT]], cursor: str | None = None
    ) -> None:
        super().__init__(
            envelope.data, envelope.has_more, envelope.next_cursor, envelope.request_id, cursor
        )
        self._fetch = fetch

    def next_page(self) -> SyncPage[ItemT]:
        """The following page (a request); raises ``KirimChatError`` on the last page, or
        when the API's paging is broken (see the module's docstring)."""
        cursor = self._cursor_for_next()
        page = self._fetch(cursor)
        page._continue(self, cursor)
        return page

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        """This page, then each following one, requested when reached."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageFields[ItemT]):
    """One page of a list. ``async for`` over it yields every item of this and later pages."""

    def __init__(
        self,
        envelope: Any,
        fetch: Callable[[str], Awaitable[AsyncPage[ItemT]]],
        cursor: str | None = None,
    ) -> None:
        super().__init__(
            envelope.data, envelope.has_more, envelope.next_cursor, envelope.request_id, cursor
        )
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[ItemT]:
        """The following page (a request); raises ``KirimChatError`` on the last page, or
        when the API's paging is broken (see the module's docstring)."""
        cursor = self._cursor_for_next()
        page = await self._fetch(cursor)
        page._continue(self, cursor)
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        """This page, then each following one, requested when reached."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[ItemT]):
    """What an async list call returns before any request: ``await`` it for the first page,
    or ``async for`` over it for every item of every page."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[ItemT]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._first()
        async for item in page:
            yield item
