"""Contacts and GET /me with the SDK against the sandbox, sync and async.

Acme has two WhatsApp accounts (one a team), so a new contact must say `from` which; Globex
has one. A contact belongs to the team of its account, which decides the labels it can take.
"""

from __future__ import annotations

from collections.abc import Callable

import kirimchat
import pytest
from sandbox_session import KINDS, Session, run

from scripts.sandbox import RunningSandbox


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("knobs", "tier", "writes", "reads"),
    [
        ({}, "default", 60, 600),
        ({"write_per_window": 600, "read_per_window": 6000}, "pro", 600, 6000),
        ({"write_per_window": 3, "window_seconds": 1}, "enterprise", 180, 36000),
    ],
    ids=["default", "pro", "configured"],
)
def test_get_me_names_the_organisation_the_key_and_the_tier(
    kind: str,
    knobs: dict[str, float],
    tier: str,
    writes: int,
    reads: int,
    make_sandbox: Callable[..., RunningSandbox],
) -> None:
    running = make_sandbox(**knobs)
    key = running.sandbox.world.key(running.seed.api_key)
    assert key is not None

    async def scenario(session: Session) -> None:
        me = await session.call(session.client.meta.get_me())
        assert (me.organization.id, me.organization.name) == (key.org_id, "Acme")
        assert (me.api_key.id, me.api_key.label) == (key.id, "Sandbox key")
        assert me.api_key.last4 == running.seed.api_key[-4:]
        limits = me.rate_limits
        assert (limits.tier, limits.write_per_minute, limits.read_per_minute) == (
            tier,
            writes,
            reads,
        )

    run(kind, running, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_get_me_with_another_organisation_s_key(kind: str, sandbox: RunningSandbox) -> None:
    async def scenario(session: Session) -> None:
        me = await session.call(session.client.meta.get_me())
        assert me.organization.name == "Globex"

    run(kind, sandbox, scenario, api_key=sandbox.seed.other_org_api_key)


@pytest.mark.parametrize("kind", KINDS)
def test_contacts_filter_by_exact_phone_and_by_partial_search(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed
    world = sandbox.sandbox.world
    acme = world.contacts[seed.contact_id].org_id

    async def ids(session: Session, **filters: str) -> list[str]:
        listing = session.client.contacts.list(**filters)
        return [contact.id for contact in await session.every(listing)]

    async def scenario(session: Session) -> None:
        assert await ids(session, phone="+6281234567890") == [seed.contact_id]
        assert await ids(session, phone="+628123456789") == []  # a prefix is no match
        assert await ids(session, phone="+4915112345678") == []  # Globex's contact
        assert await ids(session, search="SITI RAH") == [seed.contact_id]  # case-insensitive
        assert await ids(session, search="budi.santoso@") == [seed.second_contact_id]  # email
        everyone = await ids(session, search="@example.com")
        assert sorted(everyone) == sorted(c.id for c in world.contacts_of(acme))
        both = await ids(session, search="siti", phone="+6281298765432")  # filters combine
        assert both == []

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_a_contact_is_created_on_the_account_named_by_from(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        contacts = session.client.contacts
        created = await session.call(
            contacts.create(
                phone_number="+6281111111111",
                from_=seed.other_team_account_number,
                name="Rina Marlina",
                email="rina@example.com",
                metadata={"crm_id": "7"},
            )
        )
        assert (created.name, created.email) == ("Rina Marlina", "rina@example.com")
        assert created.metadata.to_dict() == {"crm_id": "7"}
        assert created.whatsapp_account.phone_number == "+62 851-1760-0830"
        assert created.created_at == created.updated_at
        fetched = await session.call(contacts.get(created.id))
        assert fetched == created
        newest = await session.call(contacts.list(limit=1))
        assert [contact.id for contact in newest.data] == [created.id]  # newest first
        # The Support account's team: Support's labels fit, Sales' do not.
        await session.call(contacts.attach_label(created.id, label_id=seed.other_team_label_id))
        with pytest.raises(kirimchat.NotFoundError):
            await session.call(contacts.attach_label(created.id, label_id=seed.label_id))

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_an_organisation_with_several_accounts_must_send_from(
    kind: str, sandbox: RunningSandbox
) -> None:
    async def scenario(session: Session) -> None:
        contacts = session.client.contacts
        with pytest.raises(kirimchat.BadRequestError) as missing:
            await session.call(contacts.create(phone_number="+6281111111111"))
        assert (missing.value.code, missing.value.param) == ("missing_required_field", "from")
        with pytest.raises(kirimchat.BadRequestError) as unknown:
            await session.call(
                contacts.create(
                    phone_number="+6281111111111", from_=sandbox.seed.other_org_account_number
                )
            )
        assert (unknown.value.code, unknown.value.param) == ("invalid_field_value", "from")

    run(kind, sandbox, scenario)
    assert sandbox.sandbox.world.journal == []


@pytest.mark.parametrize("kind", KINDS)
def test_an_organisation_with_one_account_needs_no_from(kind: str, sandbox: RunningSandbox) -> None:
    async def scenario(session: Session) -> None:
        created = await session.call(session.client.contacts.create(phone_number="+4915199999999"))
        assert (created.name, created.email, created.metadata) == (None, None, None)
        assert created.whatsapp_account.phone_number == "+49 30 123456789"

    run(kind, sandbox, scenario, api_key=sandbox.seed.other_org_api_key)


@pytest.mark.parametrize("kind", KINDS)
def test_another_organisation_s_contact_is_not_found(kind: str, sandbox: RunningSandbox) -> None:
    async def scenario(session: Session) -> None:
        with pytest.raises(kirimchat.NotFoundError) as caught:
            await session.call(session.client.contacts.get(sandbox.seed.other_org_contact_id))
        assert (caught.value.code, caught.value.param) == ("resource_not_found", "id")
        other_team = await session.call(
            session.client.contacts.get(sandbox.seed.other_team_contact_id)
        )
        assert other_team.name == "Dewi Lestari"  # a key sees every team of its organisation

    run(kind, sandbox, scenario)
