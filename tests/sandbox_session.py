"""One scenario, written once, run with the real sync client and with the async one.

A scenario is an `async def` taking a `Session`. It calls the client as a user would and wraps
each call in `await session.call(...)`: with `KirimChat` the call has already run and its value
is passed through, with `AsyncKirimChat` the awaitable is awaited. Lists are walked with
`session.every(...)` (a `for` over a `SyncPage`, an `async for` over an `AsyncPaginator`). So
both clients run the same steps, each through its own methods, and a difference between them
fails the test of that kind.

Every request the client sends (retries included) is recorded, so a test can count them.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import kirimchat

from scripts.sandbox import RunningSandbox

KINDS = ("sync", "async")


@dataclass
class Session:
    kind: str
    client: Any  # kirimchat.KirimChat or kirimchat.AsyncKirimChat
    requests: list[httpx.Request] = field(default_factory=list)
    responses: list[httpx.Response] = field(default_factory=list)

    async def call(self, outcome: Any) -> Any:
        """The value of a client call, whichever client made it."""
        return await outcome if inspect.isawaitable(outcome) else outcome

    async def every(self, listing: Any) -> list[Any]:
        """Every item of every page of a list call, fetched page by page as iterated."""
        if self.kind == "sync":
            return list(listing)
        return [item async for item in listing]

    async def pages(self, listing: Any) -> list[Any]:
        """The first page of a list call and each next one, by `next_page()`."""
        pages = [await self.call(listing)]
        while pages[-1].has_more:
            pages.append(await self.call(pages[-1].next_page()))
        return pages

    def sent(self, method: str | None = None) -> list[httpx.Request]:
        return [r for r in self.requests if method is None or r.method == method]


Scenario = Callable[[Session], Awaitable[Any]]


def run(
    kind: str,
    running: RunningSandbox,
    scenario: Scenario,
    *,
    api_key: str | None = None,
    **options: Any,
) -> Session:
    """Run `scenario` with a client of `kind` on `running`; the session, for its records."""
    key = api_key or running.seed.api_key

    async def main() -> Session:
        if kind == "sync":
            session = Session(kind, None)
            hooks: dict[str, list[Any]] = {
                "request": [session.requests.append],
                "response": [session.responses.append],
            }
            with (
                httpx.Client(event_hooks=hooks) as http,
                kirimchat.KirimChat(
                    api_key=key, base_url=running.base_url, http_client=http, **options
                ) as client,
            ):
                session.client = client
                await scenario(session)
            return session

        session = Session(kind, None)

        async def on_request(request: httpx.Request) -> None:
            session.requests.append(request)

        async def on_response(response: httpx.Response) -> None:
            session.responses.append(response)

        hooks = {"request": [on_request], "response": [on_response]}
        async with (
            httpx.AsyncClient(event_hooks=hooks) as http,
            kirimchat.AsyncKirimChat(
                api_key=key, base_url=running.base_url, http_client=http, **options
            ) as client,
        ):
            session.client = client
            await scenario(session)
        return session

    return asyncio.run(main())
