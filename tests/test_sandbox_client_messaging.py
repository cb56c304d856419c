"""1.2.0's resources with the SDK against the sandbox, sync and async: health, accounts,
messages, templates, conversations and contact updates.

Messages are put in the sandbox's world directly (`messaging.send`) where a test needs many;
`client.messages.send` has tests of its own here.
"""

from __future__ import annotations

import dataclasses

import kirimchat
import pytest
from kirimchat.params import SendTemplateMessageRequest
from sandbox_session import KINDS, Session, run

from scripts.sandbox import RunningSandbox, messaging


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

        assert health.status == "ok"
        assert [a.phone_number for a in connected.data] == [seed.account_number]
        assert {a.status for a in every.data} == {"connected", "degraded"}

    run(kind, sandbox, scenario)


@pytest.mark.parametrize("kind", KINDS)
def test_send_answers_pending_and_the_message_then_moves_to_read(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed, world = sandbox.seed, sandbox.sandbox.world

    async def scenario(session: Session) -> None:
        messages = session.client.messages
        text = await session.call(
            messages.send(
                body={
                    "from": seed.account_number,
                    "to": "+6281234567890",
                    "type": "text",
                    "text": {"body": "Pesanan Anda sudah dikirim"},
                    "context": {"message_id": seed.inbound_message_id},
                }
            )
        )
        template = await session.call(
            messages.send(
                body=SendTemplateMessageRequest(
                    {
                        "from": seed.account_number,
                        "to": "+6289900011155",
                        "type": "template",
                        "template": {"name": "order_confirmation", "language": "id_ID"},
                    }
                )
            )
        )
        assert (text.status, text.type, text.to) == ("pending", "text", "+6281234567890")
        assert text.context is not None and text.context.message_id == seed.inbound_message_id
        assert (template.status, template.type) == ("pending", "template")
        for sent in (text, template):
            while messaging.advance(world, world.messages[sent.id]):
                pass
        read = await session.call(messages.get(text.id))
        assert read.status == "read"

    session = run(kind, sandbox, scenario)
    posts = session.sent("POST")
    assert len(posts) == 2 and all("Idempotency-Key" in r.headers for r in posts)


@pytest.mark.parametrize("kind", KINDS)
def test_send_refuses_a_bad_body_before_sending_and_the_api_refuses_the_rest(
    kind: str, sandbox: RunningSandbox
) -> None:
    seed = sandbox.seed

    async def scenario(session: Session) -> None:
        messages = session.client.messages
        for body in (
            {"to": "+6281234567890", "type": "fax"},  # no such type
            {"to": "0812", "type": "text", "text": {"body": "x"}},  # not E.164
            {"to": "+6281234567890", "type": "image", "image": {"url": "http://a.example/a.jpg"}},
        ):
            with pytest.raises(kirimchat.ParamValidationError):
                await session.call(messages.send(body=body))
        with pytest.raises(kirimchat.BadRequestError) as caught:  # Acme has two numbers
            await session.call(
                messages.send(body={"to": "+6281234567890", "type": "text", "text": {"body": "x"}})
            )
        assert (caught.value.code, caught.value.param) == ("missing_required_field", "from")
        with pytest.raises(kirimchat.BadRequestError) as unknown:
            template = {"name": "promo_juni", "language": "id_ID"}  # not approved yet
            body = {"from": seed.account_number, "to": "+6281234567890", "type": "template"}
            await session.call(messages.send(body={**body, "template": template}))
        assert unknown.value.code == "invalid_template_name"

    session = run(kind, sandbox, scenario)
    assert len(session.sent("POST")) == 2  # only the two the API refused


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
