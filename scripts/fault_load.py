"""A mixed load of writes against a sandbox that injects faults, as a careful user sends it.

Each round of the load has seven intents: create a label, create a contact, attach the label
to a contact, bulk-attach it to two others, update it, send a message, detach the label. The
user behind each one does what the README says: when a call raises and its error
``may_have_been_applied``, call again with its ``idempotency_key``; when it certainly was
not applied, call again as it was. After the load, the sandbox's own record shows whether
any intent was lost or applied twice, and each raise is checked against it: an error that
said "not applied" for a write the sandbox had carried out is counted as misreported.

Used by tests/test_sandbox_faults.py and by ``make bench`` (the "faults" part).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import kirimchat

from scripts.sandbox import RunningSandbox

USER_ATTEMPTS = 20  # a user's own attempts at one intent, each with the SDK's retries (a DELETE
# is not retried by the SDK after a 5xx or a drop, which may have applied it)


@dataclass
class Tally:
    """What happened to the load's calls."""

    intents: int = 0
    calls: int = 0  # the user's calls (each may be several requests)
    raised: int = 0
    raised_but_applied: int = 0  # raised, though the sandbox had carried the write out
    flagged: int = 0  # raised with may_have_been_applied=True
    misreported: int = 0  # said not applied, but it was
    lost: list[str] = field(default_factory=list)  # intents whose effect is missing
    doubled: list[str] = field(default_factory=list)  # intents applied more than once
    injected: int = 0


@dataclass
class Intent:
    """One thing the user wants done once: how to ask for it, and how to see it was done."""

    name: str
    send: Callable[[Any, str | None, bool], Any]  # (client, key to reuse, a retry?)
    applied: Callable[[], int]  # how many times the sandbox shows it done


def _round(running: RunningSandbox, kind: str, number: int) -> list[Intent]:
    world, seed = running.sandbox.world, running.seed
    name = f"{kind} fault load {number}"
    phone = f"+6281{1 if kind == 'sync' else 2}00{number:05d}"
    text = f"{kind} order {number} is on its way"
    made: dict[str, str] = {}
    rest: dict[str, list[str]] = {}

    def labels() -> list[Any]:
        return [label for label in world.labels.values() if label.name == name]

    def contacts() -> list[Any]:
        return [c for c in world.contacts.values() if c.phone_number == phone]

    def create_label(client: Any, key: str | None, retry: bool) -> Any:
        return client.labels.create(
            name=name, team_id=seed.team_id, idempotency_key=key or kirimchat.UNSET
        )

    def create_contact(client: Any, key: str | None, retry: bool) -> Any:
        return client.contacts.create(
            phone_number=phone, from_=seed.account_number, idempotency_key=key or kirimchat.UNSET
        )

    def attach(client: Any, key: str | None, retry: bool) -> Any:
        label_id = made.setdefault("label", labels()[0].id)
        return client.contacts.attach_label(
            seed.contact_id, label_id=label_id, idempotency_key=key or kirimchat.UNSET
        )

    async def bulk(client: Any, key: str | None, retry: bool) -> Any:
        ids = rest.get("ids") or [contacts()[0].id, seed.second_contact_id]
        try:
            return await _maybe_await(
                client.contacts.bulk_attach_label(
                    labels()[0].id, ids, idempotency_key=key or kirimchat.UNSET
                )
            )
        except kirimchat.BulkOperationError as failure:  # resume with what is left
            rest["ids"] = failure.remaining_ids
            raise

    def update(client: Any, key: str | None, retry: bool) -> Any:
        return client.labels.update(labels()[0].id, color="red")  # the same again is harmless

    def send(client: Any, key: str | None, retry: bool) -> Any:
        body = {"from": seed.account_number, "to": phone_of_seed, "type": "text"}
        return client.messages.send(
            body={**body, "text": {"body": text}}, idempotency_key=key or kirimchat.UNSET
        )

    def detach(client: Any, key: str | None, retry: bool) -> Any:
        # A DELETE carries no key; detaching twice detaches once (the API answers
        # "detached": false), so the user may simply call again.
        return client.contacts.detach_label(seed.contact_id, labels()[0].id)

    phone_of_seed = world.contacts[seed.contact_id].phone_number

    def journalled(operation_id: str) -> Callable[[], int]:
        """The writes of the seed contact and the label that changed something."""

        def count() -> int:
            label = labels()
            target = (seed.contact_id, label[0].id) if label else None
            return sum(
                1
                for write in world.journal
                if write.operation_id == operation_id and write.target == target and write.changed
            )

        return count

    def messages() -> int:
        return sum(1 for m in world.messages.values() if m.content.get("body") == text)

    def updated() -> int:
        return sum(1 for label in labels() if label.color == "red")

    def bulk_applied() -> int:
        label = labels()
        if not label or not contacts():
            return 0
        both = (contacts()[0].id, seed.second_contact_id)
        return int(all(label[0].id in world.labels_of(c) for c in both))

    return [
        Intent(f"{name}: create label", create_label, lambda: len(labels())),
        Intent(f"{name}: create contact", create_contact, lambda: len(contacts())),
        Intent(f"{name}: attach", attach, journalled("attachLabel")),
        Intent(f"{name}: bulk attach", bulk, bulk_applied),
        Intent(f"{name}: update", update, updated),
        Intent(f"{name}: send", send, messages),
        Intent(f"{name}: detach", detach, journalled("detachLabel")),
    ]


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _settle(client: Any, intent: Intent, tally: Tally) -> None:
    """Ask for ``intent`` until it is done, as a careful user would."""
    tally.intents += 1
    key: str | None = None
    retry = False
    for _ in range(USER_ATTEMPTS):
        tally.calls += 1
        try:
            await _maybe_await(intent.send(client, key, retry))
            return
        except kirimchat.KirimChatError as error:
            tally.raised += 1
            applied = intent.applied() > 0
            tally.raised_but_applied += applied
            tally.flagged += error.may_have_been_applied
            tally.misreported += applied and not error.may_have_been_applied
            # Resume from where it stopped: the same key when it may have gone through.
            key = error.idempotency_key if error.may_have_been_applied else None
            retry = True
    tally.lost.append(f"{intent.name}: still failing after {USER_ATTEMPTS} attempts")


def _no_sleep(client: Any, kind: str) -> None:
    """The SDK's backoff is not what is measured: skip its sleeps to keep the load short."""
    if kind == "sync":
        client._sleep = lambda seconds: None
    else:

        async def skip(seconds: float) -> None:
            await asyncio.sleep(0)

        client._sleep = skip


def run(running: RunningSandbox, kind: str, rounds: int) -> Tally:
    """``rounds`` rounds of the mixed load with a client of ``kind``; the tally of it."""
    tally = Tally()
    options = {"api_key": running.seed.api_key, "base_url": running.base_url}
    intents = [intent for number in range(rounds) for intent in _round(running, kind, number)]

    async def load(client: Any) -> None:
        _no_sleep(client, kind)
        for intent in intents:
            await _settle(client, intent, tally)

    async def main() -> None:
        if kind == "sync":
            with kirimchat.KirimChat(**options) as client:
                await load(client)
        else:
            async with kirimchat.AsyncKirimChat(**options) as client:
                await load(client)

    asyncio.run(main())
    for intent in intents:
        count = intent.applied()
        if count == 0 and not any(lost.startswith(intent.name) for lost in tally.lost):
            tally.lost.append(intent.name)
        elif count > 1:
            tally.doubled.append(f"{intent.name}: {count} times")
    tally.injected = len(running.sandbox.faults.injected)
    return tally
