"""Lists: a page object for manual paging, and lazy iteration over every page, sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import kirimchat
import pytest
from client_harness import KINDS, REQUEST_ID, Harness


def label(number: int, color: str = "gray") -> dict[str, Any]:
    return {
        "id": f"lbl_{number:026d}",
        "object": "label",
        "name": f"label {number}",
        "color": color,
        "team_id": "team_main",
        "created_at": "2026-05-01T08:30:00Z",
        "updated_at": "2026-05-01T08:30:00Z",
    }


def paged_labels(total: int, per_page: int) -> Any:
    """A handler serving ``total`` labels, ``per_page`` at a time, with numeric cursors."""

    def answer(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("cursor", "0"))
        end = min(start + per_page, total)
        more = end < total
        body = {
            "data": [label(n) for n in range(start, end)],
            "has_more": more,
            "next_cursor": str(end) if more else None,
            "request_id": REQUEST_ID,
        }
        return httpx.Response(200, json=body)

    return answer


def collect(harness: Harness, **filters: Any) -> list[str]:
    """Every label id, walking all pages the way users do in each flavour."""
    if harness.kind == "sync":
        return [item.id for item in harness.client.labels.list(**filters)]

    async def walk() -> list[str]:
        return [item.id async for item in harness.client.labels.list(**filters)]

    return asyncio.run(walk())


@pytest.mark.parametrize("kind", KINDS)
def test_iterating_walks_every_page_in_order(kind: str) -> None:
    harness = Harness(kind, [paged_labels(7, 3)] * 3)
    ids = collect(harness, limit=3)
    assert ids == [f"lbl_{n:026d}" for n in range(7)]
    assert [r.url.params.get("cursor") for r in harness.requests] == [None, "3", "6"]
    assert all(r.url.params["limit"] == "3" for r in harness.requests)  # filters kept


@pytest.mark.parametrize("kind", KINDS)
def test_pages_are_fetched_lazily(kind: str) -> None:
    harness = Harness(kind, [paged_labels(100, 10)] * 10)
    if kind == "sync":
        first_two = []
        for item in harness.client.labels.list(limit=10):
            first_two.append(item)
            if len(first_two) == 2:
                break
    else:

        async def two() -> None:
            seen = 0
            async for _ in harness.client.labels.list(limit=10):
                seen += 1
                if seen == 2:
                    break

        asyncio.run(two())
    assert len(harness.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_manual_paging_with_the_page_object(kind: str) -> None:
    harness = Harness(kind, [paged_labels(5, 2)] * 3)

    async def first_page_async() -> Any:
        return await harness.client.labels.list(limit=2)

    page = (
        harness.client.labels.list(limit=2) if kind == "sync" else asyncio.run(first_page_async())
    )
    assert isinstance(page, kirimchat.SyncPage if kind == "sync" else kirimchat.AsyncPage)
    assert [item.id for item in page.data] == [f"lbl_{n:026d}" for n in range(2)]
    assert (page.has_more, page.next_cursor, page.request_id) == (True, "2", REQUEST_ID)

    pages = [page]
    while pages[-1].has_next_page():
        following = pages[-1].next_page()
        pages.append(following if kind == "sync" else asyncio.run(following))
    assert [len(p.data) for p in pages] == [2, 2, 1]
    assert pages[-1].next_cursor is None
    with pytest.raises(kirimchat.KirimChatError, match="last page"):
        result = pages[-1].next_page()
        if kind == "async":
            asyncio.run(result)


@pytest.mark.parametrize("kind", KINDS)
def test_a_cursor_that_does_not_advance_stops_with_an_error(kind: str) -> None:
    def stuck(request: httpx.Request) -> httpx.Response:
        body = {
            "data": [label(1)],
            "has_more": True,
            "next_cursor": "same",
            "request_id": REQUEST_ID,
        }
        return httpx.Response(200, json=body)

    harness = Harness(kind, [stuck, stuck, stuck])
    with pytest.raises(kirimchat.KirimChatError, match="round in a circle"):
        collect(harness)
    assert len(harness.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_an_unknown_enum_value_from_the_server_does_not_break_parsing(kind: str) -> None:
    def new_colour(request: httpx.Request) -> httpx.Response:
        body = {
            "data": [label(1, color="chartreuse")],
            "has_more": False,
            "next_cursor": None,
            "request_id": REQUEST_ID,
        }
        return httpx.Response(200, json=body)

    harness = Harness(kind, [new_colour])
    if kind == "sync":
        colours = [item.color for item in harness.client.labels.list()]
    else:

        async def walk() -> list[str]:
            return [item.color async for item in harness.client.labels.list()]

        colours = asyncio.run(walk())
    assert colours == ["chartreuse"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("filters", "param"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"limit": "25"}, "limit"),
        ({"cursor": ""}, "cursor"),
    ],
)
def test_list_arguments_are_checked_before_any_request(
    kind: str, filters: dict[str, Any], param: str
) -> None:
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        harness.client.labels.list(**filters)  # async: raised before anything is awaited
    assert caught.value.param == param
    assert harness.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_contact_filters_are_sent_and_kept_on_every_page(kind: str) -> None:
    def contacts(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        body = {
            "data": [],
            "has_more": cursor is None,
            "next_cursor": "next" if cursor is None else None,
            "request_id": REQUEST_ID,
        }
        return httpx.Response(200, json=body)

    harness = Harness(kind, [contacts, contacts])
    if kind == "sync":
        list(harness.client.contacts.list(search="budi", limit=10))
    else:

        async def walk() -> None:
            async for _ in harness.client.contacts.list(search="budi", limit=10):
                pass

        asyncio.run(walk())
    assert [dict(r.url.params) for r in harness.requests] == [
        {"search": "budi", "limit": "10"},
        {"search": "budi", "limit": "10", "cursor": "next"},
    ]
