"""Pages of list operations, which also walk every later page, lazily.

    for label in client.labels.list():          # every label of every page
        ...
    page = client.labels.list(limit=100)         # or one page at a time
    while page.has_more:
        page = page.next_page()

    async for label in client.labels.list():    # the same, with AsyncKirimChat
        ...
    page = await client.labels.list()

Each next page is requested with the filters of the first and the previous page's
``next_cursor``, as the API requires; cursors are opaque and never built here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

from .errors import KirimChatError

ItemT = TypeVar("ItemT")


class _PageFields(Generic[ItemT]):
    """What every page has: its items and where the list goes on."""

    def __init__(
        self, data: list[ItemT], has_more: bool, next_cursor: str | None, request_id: str
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self.request_id = request_id

    def has_next_page(self) -> bool:
        return self.has_more and bool(self.next_cursor)

    def _cursor_for_next(self, current: str | None) -> str:
        if not self.has_next_page() or self.next_cursor is None:
            raise KirimChatError("This is the last page: there is no next page to fetch.")
        if self.next_cursor == current:
            # A server that hands back the cursor it was given would page forever.
            raise KirimChatError(f"Pagination did not advance: cursor {current!r} came back again.")
        return self.next_cursor

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
            envelope.data, envelope.has_more, envelope.next_cursor, envelope.request_id
        )
        self._fetch = fetch
        self._cursor = cursor

    def next_page(self) -> SyncPage[ItemT]:
        """The following page (a request); raises ``KirimChatError`` on the last page."""
        return self._fetch(self._cursor_for_next(self._cursor))

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
            envelope.data, envelope.has_more, envelope.next_cursor, envelope.request_id
        )
        self._fetch = fetch
        self._cursor = cursor

    async def next_page(self) -> AsyncPage[ItemT]:
        """The following page (a request); raises ``KirimChatError`` on the last page."""
        return await self._fetch(self._cursor_for_next(self._cursor))

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
