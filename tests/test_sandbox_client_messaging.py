"""1.2.0's resources with the SDK against the sandbox, sync and async: health, accounts,
messages, templates, conversations and contact updates.

Messages are put in the sandbox's world directly (`messaging.send`) where a test needs some;
`client.messages.send` has tests of its own.
"""

from __future__ import annotations

import dataclasses

import kirimchat
import pytest
from sandbox_session import KINDS, Session, run

from scripts.sandbox import RunningSandbox, messaging

# Until `make generate` can build POST /messages' body (a oneOf, told apart by `type`),
# generated/ is 1.1.0's and has none of these resources.
pytestmark = pytest.mark.skipif(
    not hasattr(kirimchat.KirimChat, "conversations"),
    reason="generated/ predates 1.2.0: make generate does not build oneOf request bodies yet",
)


def sent_messages(sandbox: RunningSandbox, count: int) -> list[str]:
    """Ids of `count` texts from Acme's Sales number to Siti, oldest first."""
    world, seed = sandbox.sandbox.world, sandbox.seed
    account = world.accounts[seed.account_number]
    return [
        messaging.send(world, account, "+6281234567890", "text", {"body": f"#{n}"}, None).id
        for n in range(count)
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_health_and_accounts(kind: str, sandbox: RunningSandbox) -> None:
    world, seed = sandbox.sandbox.world, sandbox.seed
    support = world.accounts[seed.other_team_account_number]
    world.accounts[support.phone_number] = dataclasses.replace(support, status="degraded")

    async def scenario(session: Session) -> None:
        health = await session.call(session.client.meta.get_health())
        connected = await session.call(session.client.accounts.list())
        every = await session.call(session.client.accounts.list(status="all"))

        assert health.data.status == "ok"
        assert [a.phone_number for a in connected.data] == [seed.account_number]
        assert {a.status for a in every.data} == {"connected", "degraded"}

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_messages_are_fetched_and_listed_every_page(kind: str, sandbox: RunningSandbox) -> None:
    seed = sandbox.seed
    ours = sent_messages(sandbox, 5)
    world = sandbox.sandbox.world
    messaging.advance(world, world.messages[ours[0]])

    async def scenario(session: Session) -> None:
        messages = session.client.messages
        first = await session.call(messages.get(ours[0]))
        outbound = await session.every(messages.list(direction="outbound", limit=2))
        inbound = await session.every(
            messages.list(conversation_id=seed.conversation_id, direction="inbound")
        )

        assert (first.status, first.direction, first.from_) == (
            "sent",
            "outbound",
            seed.account_number,
        )
        assert [m.id for m in outbound] == ours[::-1]
        assert [m.id for m in inbound] == [seed.inbound_message_id]
        with pytest.raises(kirimchat.NotFoundError):
            await session.call(messages.get("msg_01HXZ0ABCDEFGHJKMNPQRSTVWX"))

    session = run(kind, sandbox, scenario)
    assert len(session.sent("GET")) == 1 + 3 + 1 + 1  # 5 outbound at 2 a page: 3 pages


@pytest.mark.parametrize("kind", KINDS)
def test_templates_list_and_get(kind: str, sandbox: RunningSandbox) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        templates = await session.every(session.client.templates.list())
        approved = await session.call(session.client.templates.get(seed.template_id))

        assert {t.id for t in templates} == {seed.template_id, seed.pending_template_id}
        assert (approved.name, approved.language, approved.status) == (
            "order_confirmation",
            "id_ID",
            "approved",
        )
        with pytest.raises(kirimchat.NotFoundError):
            await session.call(session.client.templates.get(seed.other_org_template_id))

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_conversations_are_assigned_filtered_and_resolved(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        conversations = session.client.conversations
        assigned = await session.call(
            conversations.update(seed.conversation_id, assignee_id=seed.user_id)
        )
        mine = await session.every(conversations.list(assignee_id=seed.user_id))
        resolved = await session.call(conversations.update(seed.conversation_id, status="resolved"))
        still_open = await session.every(conversations.list(status="open"))
        unassigned = await session.call(
            conversations.update(seed.conversation_id, assignee_id=None)
        )

        assert assigned.assignee is not None and assigned.assignee.id == seed.user_id
        assert [c.id for c in mine] == [seed.conversation_id]
        assert resolved.status == "resolved"
        assert seed.conversation_id not in [c.id for c in still_open]
        assert unassigned.assignee is None
        with pytest.raises(kirimchat.NotFoundError) as caught:
            await session.call(
                conversations.update(seed.conversation_id, assignee_id=seed.other_org_user_id)
            )
        assert (caught.value.code, caught.value.param) == ("resource_not_found", "assignee_id")

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_a_malformed_assignee_is_refused_before_sending(kind: str, sandbox: RunningSandbox) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        with pytest.raises(kirimchat.ParamValidationError):
            await session.call(
                session.client.conversations.update(seed.conversation_id, assignee_id="rina")
            )

    session = run(kind, sandbox, scenario)
    assert session.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_contact_is_updated_and_null_clears_a_field(kind: str, sandbox: RunningSandbox) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        contacts = session.client.contacts
        updated = await session.call(
            contacts.update(seed.contact_id, email="siti@example.org", metadata={"tier": "gold"})
        )
        cleared = await session.call(contacts.update(seed.contact_id, name=None))

        assert updated.email == "siti@example.org"
        assert updated.metadata is not None and updated.metadata.to_dict() == {"tier": "gold"}
        assert cleared.name is None and cleared.email == "siti@example.org"

    run(kind, sandbox, scenario)
