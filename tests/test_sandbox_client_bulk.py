"""The SDK's bulk helpers against the sandbox, sync and async: thousands of ids in chunks of
1000, exact counts, and a run that fails mid-way and is resumed with nothing lost or applied
twice, as the sandbox's journal shows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import kirimchat
import pytest
from sandbox_session import KINDS, Session, run

from scripts.sandbox import RunningSandbox
from scripts.sandbox.faults import Fault

ADDED_SALES_CONTACTS = 2100
NEVER_ISSUED = ["ctc_0000000000000000000000000A", "ctc_0000000000000000000000000B"]


@dataclass(frozen=True)
class BulkCase:
    """A list of ids to label with the seeded VIP label (Acme, Sales) and what it must do."""

    ids: list[str]
    same_team: list[str]  # what gets the label
    other_team: int  # Acme's Support contacts: skipped_team_mismatch
    not_ours: int  # Globex's contacts and ids never issued: skipped_cross_org


def bulk_case(running: RunningSandbox) -> BulkCase:
    """Acme's Sales contacts (2100 added to the seed), its Support ones, Globex's, and made-up
    ids, interleaved so that every chunk of 1000 has some of each."""
    world, seed = running.sandbox.world, running.seed
    acme = world.organizations[world.contacts[seed.contact_id].org_id]
    sales_line = world.account(acme.id, seed.account_number)
    assert sales_line is not None
    for number in range(ADDED_SALES_CONTACTS):
        world.add_contact(sales_line, f"+62899{number:07d}")
    everyone = list(world.contacts.values())
    sales = [c.id for c in everyone if c.team_id == seed.team_id]
    support = [c.id for c in everyone if c.team_id == seed.other_team_id]
    globex = [c.id for c in everyone if c.org_id != acme.id]
    others = support + globex + NEVER_ISSUED
    step = len(sales) // len(others)
    ids = []
    for index, contact_id in enumerate(sales):
        ids.append(contact_id)
        if index % step == 0 and index // step < len(others):
            ids.append(others[index // step])
    return BulkCase(ids, sales, len(support), len(globex) + len(NEVER_ISSUED))


def bulk_writes(running: RunningSandbox) -> list[tuple[str, str | None]]:
    """(contact id, idempotency key) of every contact a bulk request applied to, in order."""
    journal = running.sandbox.world.journal
    return [(w.target[0], w.idempotency_key) for w in journal if w.operation_id == "bulkLabel"]


@pytest.mark.parametrize("kind", KINDS)
def test_bulk_attach_sums_exact_counts_over_chunks_of_1000(
    kind: str, sandbox: RunningSandbox
) -> None:
    case = bulk_case(sandbox)
    label_id = sandbox.seed.label_id

    async def scenario(session: Session) -> None:
        contacts = session.client.contacts
        result = await session.call(contacts.bulk_attach_label(label_id, case.ids))
        assert (result.applied, result.skipped_team_mismatch, result.skipped_cross_org) == (
            len(case.same_team),
            case.other_team,
            case.not_ours,
        )
        again = await session.call(contacts.bulk_detach_label(label_id, case.ids))
        assert again.to_dict() == result.to_dict()

    session = run(kind, sandbox, scenario)

    assert len(case.ids) > 2000
    assert len(session.sent("POST")) == 6  # three chunks each way
    writes = bulk_writes(sandbox)
    assert [contact_id for contact_id, _ in writes] == case.same_team * 2
    assert len({key for _, key in writes}) == 6  # each request had its own key
    assert all(label_id not in sandbox.sandbox.world.labels_of(c) for c in case.same_team)


@pytest.mark.parametrize("kind", KINDS)
def test_a_bulk_run_that_fails_mid_way_resumes_with_nothing_lost_or_applied_twice(
    kind: str, sandbox: RunningSandbox
) -> None:
    case = bulk_case(sandbox)
    label_id = sandbox.seed.label_id
    world = sandbox.sandbox.world
    # Chunk 1 goes through; chunk 2 is carried out, then its connection drops, and so does
    # its one retry (the kept response replayed, dropped again): the helper gives up on it.
    sandbox.sandbox.faults.script(Fault.NONE, Fault.DROP, Fault.DROP)

    async def scenario(session: Session) -> None:
        contacts = session.client.contacts
        with pytest.raises(kirimchat.BulkOperationError) as caught:
            await session.call(contacts.bulk_attach_label(label_id, case.ids, max_retries=1))
        failure = caught.value
        assert isinstance(failure.error, kirimchat.APIConnectionError)
        assert failure.remaining_ids == case.ids[1000:]
        assert failure.totals.applied == len(set(case.ids[:1000]) & set(case.same_team))
        applied_before_resuming = len(bulk_writes(sandbox))
        assert applied_before_resuming > failure.totals.applied  # chunk 2 was carried out

        rest = await session.call(
            contacts.bulk_attach_label(
                label_id, failure.remaining_ids, idempotency_key=failure.idempotency_key
            )
        )
        total = failure.totals.applied + rest.applied
        assert total == len(case.same_team)
        assert failure.totals.skipped_team_mismatch + rest.skipped_team_mismatch == case.other_team
        assert failure.totals.skipped_cross_org + rest.skipped_cross_org == case.not_ours

    run(kind, sandbox, scenario)

    writes = bulk_writes(sandbox)
    # Every Sales contact labelled exactly once: chunk 2 was replayed, not carried out again.
    assert Counter(contact_id for contact_id, _ in writes) == Counter(case.same_team)
    assert len({key for _, key in writes}) == 3
    assert all(label_id in world.labels_of(c) for c in case.same_team)
    others = set(case.ids) - set(case.same_team)
    assert not any(label_id in world.labels_of(c) for c in others)


@pytest.mark.parametrize("kind", KINDS)
def test_bulk_label_of_another_organisation_is_not_found(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        with pytest.raises(kirimchat.BulkOperationError) as caught:
            await session.call(
                session.client.contacts.bulk_attach_label(
                    seed.other_org_label_id, [seed.contact_id]
                )
            )
        assert isinstance(caught.value.error, kirimchat.NotFoundError)
        assert caught.value.error.param == "label_id"
        assert caught.value.remaining_ids == [seed.contact_id]

    run(kind, sandbox, scenario)
    assert sandbox.sandbox.world.journal == []
