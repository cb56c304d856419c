"""Labels with the SDK against the sandbox, sync and async: create, get, update, delete, and
detaching them from contacts.

Acme has two teams (Sales, Support), so it must name a team when it creates a label; Globex
has one, so it need not. Deleting a label removes it from every contact; what we chose for
the calls that name it afterwards (the docs do not say): it is unknown from then on, so
fetching, updating, attaching or detaching it is a 404 `resource_not_found`, as for any id
that was never issued (ids are never reused).
"""

from __future__ import annotations

import kirimchat
import pytest
from sandbox_session import KINDS, Session, run

from scripts.sandbox import RunningSandbox


@pytest.mark.parametrize("kind", KINDS)
def test_a_new_label_is_gray_unless_told_and_can_be_fetched(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        labels = session.client.labels
        plain = await session.call(labels.create(name="Churn risk", team_id=seed.team_id))
        red = await session.call(labels.create(name="Hot", color="red", team_id=seed.team_id))
        fetched = await session.call(labels.get(plain.id))

        assert (plain.name, plain.color, plain.team_id) == ("Churn risk", "gray", seed.team_id)
        assert red.color == "red"
        assert fetched == plain
        assert plain.created_at == plain.updated_at

    run(kind, sandbox, scenario)

    journal = sandbox.sandbox.world.journal
    assert [write.operation_id for write in journal] == ["createLabel", "createLabel"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_duplicate_name_in_the_team_is_invalid_field_value_but_not_in_another_team(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        labels = session.client.labels
        with pytest.raises(kirimchat.BadRequestError) as caught:
            await session.call(labels.create(name="VIP", team_id=seed.team_id))  # seeded
        assert (caught.value.code, caught.value.param) == ("invalid_field_value", "name")
        other_team = await session.call(labels.create(name="VIP", team_id=seed.other_team_id))
        assert other_team.team_id == seed.other_team_id
        # Names are compared exactly.
        await session.call(labels.create(name="vip", team_id=seed.team_id))

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_an_organisation_with_several_teams_must_name_one(
    kind: str, sandbox: RunningSandbox
) -> None:
    async def scenario(session: Session) -> None:
        labels = session.client.labels
        with pytest.raises(kirimchat.BadRequestError) as missing:
            await session.call(labels.create(name="Anywhere"))
        assert (missing.value.code, missing.value.param) == ("missing_required_field", "team_id")
        with pytest.raises(kirimchat.BadRequestError) as unknown:  # Globex's team
            await session.call(labels.create(name="Anywhere", team_id="team_globex_main"))
        assert (unknown.value.code, unknown.value.param) == ("invalid_field_value", "team_id")

    run(kind, sandbox, scenario)
    assert sandbox.sandbox.world.journal == []


@pytest.mark.parametrize("kind", KINDS)
def test_an_organisation_with_one_team_needs_not_name_it(
    kind: str, sandbox: RunningSandbox
) -> None:
    async def scenario(session: Session) -> None:
        label = await session.call(session.client.labels.create(name="Newsletter"))
        assert label.team_id == sandbox.seed.other_org_team_id

    run(kind, sandbox, scenario, api_key=sandbox.seed.other_org_api_key)


@pytest.mark.parametrize("kind", KINDS)
def test_update_renames_and_recolours_keeping_what_is_not_sent(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        labels = session.client.labels
        before = await session.call(labels.get(seed.second_label_id))  # Lead, sky
        recoloured = await session.call(labels.update(seed.second_label_id, color="green"))
        renamed = await session.call(labels.update(seed.second_label_id, name="Prospect"))
        unchanged = await session.call(labels.update(seed.second_label_id))
        with pytest.raises(kirimchat.BadRequestError) as taken:
            await session.call(labels.update(seed.second_label_id, name="VIP"))

        assert (recoloured.name, recoloured.color) == ("Lead", "green")
        assert (renamed.name, renamed.color) == ("Prospect", "green")
        assert unchanged == renamed  # an empty update changes nothing
        assert renamed.updated_at > before.updated_at
        assert renamed.created_at == before.created_at
        assert (taken.value.code, taken.value.param) == ("invalid_field_value", "name")
        # Its own name again is no duplicate.
        await session.call(labels.update(seed.second_label_id, name="Prospect"))

    run(kind, sandbox, scenario)

    changes = [w.changed for w in sandbox.sandbox.world.journal if w.operation_id == "updateLabel"]
    assert changes == [True, True, False, False]


@pytest.mark.parametrize("kind", KINDS)
def test_another_organisation_s_label_is_not_found(kind: str, sandbox: RunningSandbox) -> None:
    theirs = sandbox.seed.other_org_label_id

    async def scenario(session: Session) -> None:
        labels = session.client.labels
        for call in (
            lambda: labels.get(theirs),
            lambda: labels.update(theirs, color="red"),
            lambda: labels.delete(theirs),
        ):
            with pytest.raises(kirimchat.NotFoundError) as caught:
                await session.call(call())
            assert (caught.value.code, caught.value.param) == ("resource_not_found", "id")

    run(kind, sandbox, scenario)
    assert sandbox.sandbox.world.journal == []


@pytest.mark.parametrize("kind", KINDS)
def test_detaching_is_idempotent(kind: str, sandbox: RunningSandbox) -> None:
    seed = sandbox.seed
    pair = (seed.contact_id, seed.label_id)

    async def scenario(session: Session) -> None:
        contacts = session.client.contacts
        await session.call(contacts.attach_label(seed.contact_id, label_id=seed.label_id))
        first = await session.call(contacts.detach_label(*pair))
        again = await session.call(contacts.detach_label(*pair))
        for result in (first, again):
            assert (result.contact_id, result.label_id, result.attached) == (*pair, False)

    run(kind, sandbox, scenario)

    world = sandbox.sandbox.world
    assert pair not in world.attachments
    assert [(w.operation_id, w.changed) for w in world.journal] == [
        ("attachLabel", True),
        ("detachLabel", True),
        ("detachLabel", False),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_detaching_across_teams_or_organisations_is_not_found(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        contacts = session.client.contacts
        for contact_id, label_id, param in (
            (seed.contact_id, seed.other_team_label_id, "label_id"),
            (seed.contact_id, seed.other_org_label_id, "label_id"),
            (seed.other_org_contact_id, seed.label_id, "id"),
        ):
            with pytest.raises(kirimchat.NotFoundError) as caught:
                await session.call(contacts.detach_label(contact_id, label_id))
            assert caught.value.param == param

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_deleting_a_label_removes_it_from_every_contact_and_it_is_unknown_after(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed
    world = sandbox.sandbox.world
    tagged = [seed.contact_id, seed.second_contact_id]

    async def scenario(session: Session) -> None:
        contacts, labels = session.client.contacts, session.client.labels
        for contact_id in tagged:
            await session.call(contacts.attach_label(contact_id, label_id=seed.label_id))
            await session.call(contacts.attach_label(contact_id, label_id=seed.second_label_id))
        deleted = await session.call(labels.delete(seed.label_id))
        assert (deleted.id, deleted.object, deleted.deleted) == (seed.label_id, "label", True)

        assert all(seed.label_id not in world.labels_of(contact_id) for contact_id in tagged)
        for call in (
            lambda: labels.get(seed.label_id),
            lambda: labels.delete(seed.label_id),
            lambda: contacts.detach_label(seed.contact_id, seed.label_id),
            lambda: contacts.attach_label(seed.contact_id, label_id=seed.label_id),
        ):
            with pytest.raises(kirimchat.NotFoundError):
                await session.call(call())
        remaining = [label.id for label in await session.every(labels.list())]
        assert seed.label_id not in remaining

    run(kind, sandbox, scenario)

    # The contacts stay, and so do their other labels.
    assert all(world.labels_of(contact_id) == {seed.second_label_id} for contact_id in tagged)
    assert seed.contact_id in world.contacts
