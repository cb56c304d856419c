"""The SDK against the sandbox over real HTTP, sync and async: idempotency, scoping, auth,
rate limits and faults, as a user would meet them.

Each test reads the sandbox's own record (its world and journal) to check what the client's
calls really did, not only what the client says they did.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import kirimchat
import pytest

from scripts.sandbox import RunningSandbox
from scripts.sandbox.faults import Fault

KINDS = ("sync", "async")
REQUEST_ID = re.compile(r"req_[0-9A-HJKMNP-TV-Z]{26}")

Attach = tuple[str, str]  # (contact_id, label_id)


def attach_all(
    kind: str,
    running: RunningSandbox,
    pairs: list[Attach],
    *,
    api_key: str | None = None,
    seen: list[int] | None = None,
    **options: Any,
) -> list[Any]:
    """Attach each pair with one client of `kind` (async: all at once); results or errors.

    `seen` collects the status of every response the client received, retries included.
    """
    key = api_key or running.seed.api_key
    statuses = seen if seen is not None else []

    def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async def record_async(response: httpx.Response) -> None:
        record(response)

    if kind == "sync":
        with (
            httpx.Client(event_hooks={"response": [record]}) as http,
            kirimchat.KirimChat(
                api_key=key, base_url=running.base_url, http_client=http, **options
            ) as client,
        ):
            return [_outcome(client.contacts.attach_label, c, label) for c, label in pairs]

    async def run_all() -> list[Any]:
        async with (
            httpx.AsyncClient(event_hooks={"response": [record_async]}) as http,
            kirimchat.AsyncKirimChat(
                api_key=key, base_url=running.base_url, http_client=http, **options
            ) as client,
        ):

            async def one(contact_id: str, label_id: str) -> Any:
                try:
                    return await client.contacts.attach_label(contact_id, label_id=label_id)
                except kirimchat.KirimChatError as error:
                    return error

            return list(await asyncio.gather(*(one(c, label) for c, label in pairs)))

    return asyncio.run(run_all())


def _outcome(call: Callable[..., Any], contact_id: str, label_id: str) -> Any:
    try:
        return call(contact_id, label_id=label_id)
    except kirimchat.KirimChatError as error:
        return error


@pytest.mark.parametrize("kind", KINDS)
def test_attaching_twice_succeeds_twice_and_attaches_once(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed, world = sandbox.seed, sandbox.sandbox.world
    pair = (seed.contact_id, seed.label_id)

    first, second = attach_all(kind, sandbox, [pair]) + attach_all(kind, sandbox, [pair])

    for result in (first, second):
        assert (result.contact_id, result.label_id, result.attached) == (*pair, True)
        assert REQUEST_ID.fullmatch(result._request_id)
    assert first._request_id != second._request_id
    assert world.attachments == {pair}
    assert [write.changed for write in world.journal] == [True, False]


@pytest.mark.parametrize("kind", KINDS)
def test_a_label_of_another_team_is_not_found(kind: str, sandbox: RunningSandbox) -> None:
    seed = sandbox.seed

    [error] = attach_all(kind, sandbox, [(seed.contact_id, seed.other_team_label_id)])

    assert isinstance(error, kirimchat.NotFoundError)
    assert (error.status_code, error.type, error.code, error.param) == (
        404,
        "not_found",
        "resource_not_found",
        "label_id",
    )
    assert REQUEST_ID.fullmatch(error.request_id)
    assert sandbox.sandbox.world.attachments == set()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("which_key", "code"),
    [("unknown", "invalid_api_key"), ("expired", "expired_api_key")],
)
def test_a_bad_key_is_an_authentication_error(
    kind: str, which_key: str, code: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed
    key = {"unknown": "kdv_live_TavbPKwIuqOr69ALEKLNennZ", "expired": seed.expired_api_key}

    seen: list[int] = []
    [error] = attach_all(
        kind, sandbox, [(seed.contact_id, seed.label_id)], api_key=key[which_key], seen=seen
    )

    assert isinstance(error, kirimchat.AuthenticationError)
    assert (error.status_code, error.code) == (401, code)
    assert seen == [401]  # not retried
    assert sandbox.sandbox.world.journal == []


@pytest.mark.parametrize("pacing", [False, True], ids=["unpaced", "paced"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_burst_past_the_rate_limit_waits_out_retry_after_and_loses_nothing(
    kind: str, pacing: bool, make_sandbox: Callable[..., RunningSandbox]
) -> None:
    # Three writes a second: unpaced, a burst of eight meets 429 with `Retry-After: 1`; paced,
    # the client waits for each token instead.
    running = make_sandbox(write_per_window=3, window_seconds=1)
    seed = running.seed
    contacts = [seed.contact_id, seed.second_contact_id]
    labels = [seed.label_id, seed.second_label_id]
    pairs = [(contacts[i % 2], labels[i // 2 % 2]) for i in range(8)]

    seen: list[int] = []
    # Concurrent callers may each meet a 429 more than once; give them the retries to wait.
    results = attach_all(kind, running, pairs, seen=seen, max_retries=6, pacing=pacing)

    errors = [r for r in results if isinstance(r, Exception)]
    assert errors == []
    assert [(r.contact_id, r.label_id) for r in results] == pairs
    assert (429 in seen) is not pacing
    assert seen.count(200) == len(pairs)
    journal = running.sandbox.world.journal
    # One write carried out per call: none lost, none repeated (each call had its own key).
    assert len(journal) == len(pairs)
    assert Counter(write.idempotency_key for write in journal).most_common(1)[0][1] == 1
    assert running.sandbox.world.attachments == set(pairs)


@pytest.mark.parametrize("kind", KINDS)
def test_injected_500s_are_retried_to_success(kind: str, sandbox: RunningSandbox) -> None:
    seed = sandbox.seed
    sandbox.sandbox.faults.script(Fault.ERROR, Fault.ERROR)

    seen: list[int] = []
    [result] = attach_all(kind, sandbox, [(seed.contact_id, seed.label_id)], seen=seen)

    assert result.attached is True
    assert seen == [500, 500, 200]
    assert len(sandbox.sandbox.world.journal) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_dropped_connection_is_retried_and_the_write_happens_once(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed
    sandbox.sandbox.faults.script(Fault.DROP)

    [result] = attach_all(kind, sandbox, [(seed.contact_id, seed.label_id)])

    assert result.attached is True
    assert sandbox.sandbox.faults.injected == [Fault.DROP]
    # The first attempt was carried out before the drop; the retry, carrying the same
    # Idempotency-Key, got the kept response instead of a second write.
    [write] = sandbox.sandbox.world.journal
    assert write.idempotency_key is not None
    assert sandbox.sandbox.world.attachments == {(seed.contact_id, seed.label_id)}


@pytest.mark.parametrize("kind", KINDS)
def test_when_retries_run_out_the_last_error_is_raised(
    kind: str, make_sandbox: Callable[..., RunningSandbox]
) -> None:
    running = make_sandbox(error_rate=1.0)
    seed = running.seed

    seen: list[int] = []
    [error] = attach_all(
        kind, running, [(seed.contact_id, seed.label_id)], seen=seen, max_retries=1
    )

    assert isinstance(error, kirimchat.InternalServerError)
    assert (error.code, error.type) == ("internal_error", "api_error")
    assert seen == [500, 500]


@pytest.mark.parametrize("kind", KINDS)
def test_a_raised_write_that_was_applied_says_so_and_its_key_makes_the_retry_safe(
    kind: str, sandbox: RunningSandbox
) -> None:
    # The first attempt is carried out and its answer lost; both retries meet 500s.
    sandbox.sandbox.faults.script(Fault.DROP, Fault.ERROR, Fault.ERROR)
    team = sandbox.seed.team_id
    options = {"api_key": sandbox.seed.api_key, "base_url": sandbox.base_url, "max_retries": 2}

    async def create_twice() -> tuple[Any, Any]:
        async with kirimchat.AsyncKirimChat(**options) as client:
            with pytest.raises(kirimchat.InternalServerError) as raised:
                await client.labels.create(name="Refund requests", team_id=team)
            key = raised.value.idempotency_key
            assert key is not None
            return raised.value, await client.labels.create(
                name="Refund requests", team_id=team, idempotency_key=key
            )

    if kind == "sync":
        with kirimchat.KirimChat(**options) as client:
            with pytest.raises(kirimchat.InternalServerError) as raised:
                client.labels.create(name="Refund requests", team_id=team)
            error = raised.value
            assert error.idempotency_key is not None
            label = client.labels.create(
                name="Refund requests", team_id=team, idempotency_key=error.idempotency_key
            )
    else:
        error, label = asyncio.run(create_twice())

    assert error.may_have_been_applied is True
    writes = [w for w in sandbox.sandbox.world.journal if w.operation_id == "createLabel"]
    assert len(writes) == 1 and writes[0].idempotency_key == error.idempotency_key
    named = [x for x in sandbox.sandbox.world.labels.values() if x.name == "Refund requests"]
    assert [x.id for x in named] == [label.id]
