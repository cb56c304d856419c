"""Paging through lists with the SDK against the sandbox, sync and async.

The sandbox lists newest first and hands out cursors that are opaque, tamper-evident and tied
to the list and its filters; its seed has 60 contacts and 30 labels in Acme, more than a
default page (25) holds.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Callable

import httpx
import kirimchat
import pytest
from sandbox_session import KINDS, Session, run

from scripts.sandbox import RunningSandbox


def org_of(running: RunningSandbox) -> str:
    key = running.sandbox.world.key(running.seed.api_key)
    assert key is not None
    return key.org_id


def seeded_ids(running: RunningSandbox, what: str) -> list[str]:
    """The ids of Acme's contacts or labels, newest first, as the world holds them."""
    world, org = running.sandbox.world, org_of(running)
    items = world.contacts_of(org) if what == "contacts" else world.labels_of_org(org)
    return [item.id for item in sorted(items, key=lambda i: (i.created_at, i.id), reverse=True)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("what", "limit"), [("labels", None), ("contacts", None), ("labels", 7)])
def test_iterating_a_list_yields_every_item_once_newest_first_one_request_a_page(
    kind: str, what: str, limit: int | None, sandbox: RunningSandbox
) -> None:
    expected = seeded_ids(sandbox, what)
    options = {} if limit is None else {"limit": limit}
    found: list[str] = []

    async def scenario(session: Session) -> None:
        listing = getattr(session.client, what).list(**options)
        found.extend(item.id for item in await session.every(listing))

    session = run(kind, sandbox, scenario)

    assert len(expected) > 25  # more than one default page
    assert found == expected  # all, none twice, newest first
    assert len(session.sent("GET")) == math.ceil(len(expected) / (limit or 25))


@pytest.mark.parametrize("kind", KINDS)
def test_manual_paging_follows_next_cursor_to_the_last_page(
    kind: str, sandbox: RunningSandbox
) -> None:
    expected = seeded_ids(sandbox, "labels")
    pages: list[kirimchat.SyncPage[object]] = []

    async def scenario(session: Session) -> None:
        pages.extend(await session.pages(session.client.labels.list(limit=10)))
        last = pages[-1]
        assert (last.has_more, last.next_cursor) == (False, None)
        with pytest.raises(kirimchat.KirimChatError, match="last page"):
            await session.call(last.next_page())

    session = run(kind, sandbox, scenario)

    assert [len(page.data) for page in pages] == [10, 10, 10]
    assert [label.id for page in pages for label in page.data] == expected
    assert [page.request_id for page in pages] == [
        response.headers["X-Request-Id"] for response in session.responses
    ]
    cursors = [page.next_cursor for page in pages[:-1]]
    assert len(set(cursors)) == 2 and all(cursors)


@pytest.mark.parametrize("kind", KINDS)
def test_paging_is_exact_while_the_list_changes(kind: str, sandbox: RunningSandbox) -> None:
    """A label created after the first page sorts before the cursor and is not met; a label
    deleted before its page was reached is missing from it and shifts nothing."""
    expected = seeded_ids(sandbox, "labels")
    seen: list[str] = []

    async def scenario(session: Session) -> None:
        labels = session.client.labels
        first = await session.call(labels.list(limit=10))
        created = await session.call(labels.create(name="New", team_id=sandbox.seed.team_id))
        await session.call(labels.delete(expected[15]))
        rest = await session.pages(first.next_page())
        seen.extend(label.id for page in [first, *rest] for label in page.data)
        assert created.id not in seen
        assert (await session.every(labels.list()))[0].id == created.id  # newest first

    run(kind, sandbox, scenario)

    assert seen == [label_id for label_id in expected if label_id != expected[15]]


def tampered(cursor: str) -> list[str]:
    """Ways to change a cursor: its text, its payload (re-encoded), its length."""
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    changed_payload = bytes([raw[0] ^ 1]) + raw[1:]  # e.g. the position it names
    other_char = "A" if cursor[5] != "A" else "B"
    return [
        cursor[:5] + other_char + cursor[6:],
        base64.urlsafe_b64encode(changed_payload).rstrip(b"=").decode(),
        cursor[:-2],
        cursor + "A",
        cursor + "!",
        "Y3RjXzAxSFhZWkFCQ0RFRkdISktNTlBRUlNUVldY",  # the spec's example: not one we issued
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_a_tampered_cursor_is_a_bad_request_invalid_cursor(
    kind: str, sandbox: RunningSandbox
) -> None:
    async def scenario(session: Session) -> None:
        page = await session.call(session.client.contacts.list(limit=5))
        for cursor in tampered(page.next_cursor):
            with pytest.raises(kirimchat.BadRequestError) as caught:
                await session.call(session.client.contacts.list(limit=5, cursor=cursor))
            assert (caught.value.code, caught.value.param) == ("invalid_cursor", "cursor"), cursor
        # The untouched cursor still works.
        await session.call(session.client.contacts.list(limit=5, cursor=page.next_cursor))

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_a_cursor_is_tied_to_its_list_and_filters_but_not_to_the_limit(
    kind: str, sandbox: RunningSandbox
) -> None:
    async def scenario(session: Session) -> None:
        contacts = session.client.contacts
        cursor = (await session.call(contacts.list(search="example.com", limit=3))).next_cursor
        label_cursor = (await session.call(session.client.labels.list(limit=3))).next_cursor
        misuses: list[Callable[[], object]] = [
            lambda: contacts.list(search="a", cursor=cursor),  # another filter value
            lambda: contacts.list(cursor=cursor),  # the filter dropped
            lambda: contacts.list(search="example.com", phone="+6281234567890", cursor=cursor),
            lambda: contacts.list(cursor=label_cursor),  # another list's cursor
        ]
        for misuse in misuses:
            with pytest.raises(kirimchat.BadRequestError) as caught:
                await session.call(misuse())
            assert caught.value.code == "invalid_cursor"
        # The same filters with another page size are the same list.
        page = await session.call(contacts.list(search="example.com", limit=50, cursor=cursor))
        assert len(page.data) == 50

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_another_organisation_s_cursor_is_invalid(kind: str, sandbox: RunningSandbox) -> None:
    cursors: list[str] = []

    async def acme(session: Session) -> None:
        cursors.append((await session.call(session.client.labels.list(limit=1))).next_cursor)

    async def globex(session: Session) -> None:
        with pytest.raises(kirimchat.BadRequestError) as caught:
            await session.call(session.client.labels.list(limit=1, cursor=cursors[0]))
        assert caught.value.code == "invalid_cursor"

    run(kind, sandbox, acme)
    run(kind, sandbox, globex, api_key=sandbox.seed.other_org_api_key)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("limit", [0, 101, -1])
def test_a_limit_out_of_range_is_refused_before_anything_is_sent(
    kind: str, limit: int, sandbox: RunningSandbox
) -> None:
    async def scenario(session: Session) -> None:
        for listing in (session.client.labels.list, session.client.contacts.list):
            with pytest.raises(kirimchat.ParamValidationError, match="limit"):
                await session.call(listing(limit=limit))

    session = run(kind, sandbox, scenario)

    assert session.requests == []


@pytest.mark.parametrize("limit", ["0", "101", "-1", "ten", "2.5", ""])
@pytest.mark.parametrize("path", ["/labels", "/contacts"])
def test_a_limit_out_of_range_sent_anyway_is_400_invalid_limit(
    path: str, limit: str, sandbox: RunningSandbox
) -> None:
    response = httpx.get(
        sandbox.base_url + path,
        params={"limit": limit},
        headers={"Authorization": f"Bearer {sandbox.seed.api_key}"},
    )

    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_limit", "limit")


@pytest.mark.parametrize(("limit", "size"), [(None, 25), ("1", 1), ("100", 60)])
def test_limit_defaults_to_25_and_takes_1_to_100(
    limit: str | None, size: int, sandbox: RunningSandbox
) -> None:
    response = httpx.get(
        sandbox.base_url + "/contacts",
        params={} if limit is None else {"limit": limit},
        headers={"Authorization": f"Bearer {sandbox.seed.api_key}"},
    )

    assert response.status_code == 200
    body = response.json()
    assert len(body["data"]) == size
    assert body["has_more"] is (size < 60)
    assert (body["next_cursor"] is None) is (size == 60)
