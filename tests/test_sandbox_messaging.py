"""The sandbox's 1.2.0 operations over real HTTP: health, accounts, messages and their status
steps, templates, conversations, contact updates, and the webhook events each one emits.

Every success body is validated against the spec's schema of it (jsonschema, `support.valid`).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from support import instants, valid

from scripts.sandbox import RunningSandbox, messaging

SEND_BODY = {"to": "+6281234567890", "type": "text", "text": {"body": "Pesanan dikirim"}}


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {sandbox.seed.api_key}"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers, timeout=10) as client:
        yield client


def send(sandbox: RunningSandbox, http: httpx.Client, **fields: Any) -> httpx.Response:
    """POST /messages: a text from Acme's Sales number unless `fields` say otherwise (a field
    given as None is left out)."""
    body = {"from": sandbox.seed.account_number, **SEND_BODY, **fields}
    if body["type"] != "text":
        del body["text"]
    return http.post("/messages", json={k: v for k, v in body.items() if v is not None})


@pytest.fixture
def emitted(sandbox: RunningSandbox) -> list[tuple[str, dict[str, Any]]]:
    """Every event the sandbox emits from now on: its type and its `data` as sent."""
    seen: list[tuple[str, dict[str, Any]]] = []
    webhooks = sandbox.sandbox.world.webhooks
    emit = webhooks.emit

    def recording(org_id: str, event_type: str, data: dict[str, Any]) -> Any:
        event = emit(org_id, event_type, data)
        seen.append((event_type, json.loads(event.body)["data"]))
        return event

    webhooks.emit = recording  # type: ignore[method-assign]
    return seen


def error_code(response: httpx.Response) -> tuple[int, str, str | None]:
    error = valid("ErrorEnvelope", response.json())["error"]
    return response.status_code, error["code"], error.get("param")


def test_health_answers_without_a_key(sandbox: RunningSandbox) -> None:
    response = httpx.get(f"{sandbox.base_url}/health")

    assert response.status_code == 200
    assert valid("HealthEnvelope", response.json())["data"]["status"] == "ok"


def test_accounts_lists_connected_ones_unless_all_are_asked_for(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    world = sandbox.sandbox.world
    support = world.accounts[sandbox.seed.other_team_account_number]
    world.accounts[support.phone_number] = dataclasses.replace(support, status="onboarding")

    connected = valid("AccountList", http.get("/accounts").json())
    every = valid("AccountList", http.get("/accounts?status=all").json())

    assert [a["phone_number"] for a in connected["data"]] == [sandbox.seed.account_number]
    assert len(every["data"]) == 2
    onboarding = next(a for a in every["data"] if a["status"] == "onboarding")
    assert onboarding["phone_number_id"] is None and onboarding["phone_number"] is None
    assert every["has_more"] is False and every["next_cursor"] is None


def test_a_sent_message_is_pending_then_moves_to_read_with_an_event_each_step(
    sandbox: RunningSandbox, http: httpx.Client, emitted: list[tuple[str, dict[str, Any]]]
) -> None:
    response = send(sandbox, http)

    assert response.status_code == 202
    sent = valid("MessageEnvelope", response.json())["data"]
    assert sent["status"] == "pending" and sent["direction"] == "outbound"
    assert sent["from"] == sandbox.seed.account_number
    assert sent["conversation_id"] == sandbox.seed.conversation_id
    message = sandbox.sandbox.world.messages[sent["id"]]
    while messaging.advance(sandbox.sandbox.world, message):
        pass

    fetched = valid("MessageEnvelope", http.get(f"/messages/{sent['id']}").json())
    assert fetched["data"]["status"] == "read"
    steps = [
        (kind, data["message"]["status"])
        for kind, data in emitted
        if data.get("message", {}).get("id") == sent["id"]
    ]
    assert steps == [
        ("message.created", "pending"),
        ("message.status", "sent"),
        ("message.status", "delivered"),
        ("message.status", "read"),
    ]
    for _, data in emitted:
        valid("MessageEventData", data)  # the wire shape of the events' data


def test_free_form_to_a_new_number_creates_the_contact_and_fails_outside_the_window(
    sandbox: RunningSandbox, http: httpx.Client, emitted: list[tuple[str, dict[str, Any]]]
) -> None:
    response = send(sandbox, http, to="+6289900011122")
    message = sandbox.sandbox.world.messages[response.json()["data"]["id"]]

    assert messaging.advance(sandbox.sandbox.world, message)
    assert messaging.advance(sandbox.sandbox.world, message) is False  # failed is final

    data = http.get(f"/messages/{message.id}").json()["data"]
    assert data["status"] == "failed"
    assert data["error"]["code"] == "outside_24h_window"
    created = [data for kind, data in emitted if kind == "contact.created"]
    assert [c["contact"]["phone_number"] for c in created] == ["+6289900011122"]
    valid("ContactCreatedData", created[0])


def test_an_approved_template_reaches_anyone_and_others_are_refused(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    template = {"name": "order_confirmation", "language": "id_ID"}
    accepted = send(sandbox, http, to="+6289900011133", type="template", template=template)
    message = sandbox.sandbox.world.messages[accepted.json()["data"]["id"]]
    messaging.advance(sandbox.sandbox.world, message)
    pending_template = {"name": "promo_juni", "language": "id_ID"}
    refused = send(sandbox, http, type="template", template=pending_template)

    assert accepted.status_code == 202 and message.status == "sent"
    assert error_code(refused) == (400, "invalid_template_name", "template.name")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"from": None}, (400, "missing_required_field", "from")),  # two accounts: must name one
        ({"type": None}, (400, "missing_required_field", "type")),
        ({"type": "fax"}, (400, "invalid_field_value", "type")),
        ({"from": "+4930123456789"}, (400, "invalid_field_value", "from")),  # another org's
        (
            {"context": {"message_id": "msg_01HXZ0ABCDEFGHJKMNPQRSTVWX"}},
            (404, "resource_not_found", "context.message_id"),
        ),
        (
            {"type": "image", "image": {"url": "http://cdn.example.com/a.jpg"}},
            (400, "invalid_field_value", "image.url"),
        ),
    ],
)
def test_send_refuses_what_the_docs_refuse(
    sandbox: RunningSandbox,
    http: httpx.Client,
    body: dict[str, Any],
    expected: tuple[int, str, str | None],
    emitted: list[tuple[str, dict[str, Any]]],
) -> None:
    response = send(sandbox, http, **body)

    assert error_code(response) == expected
    assert emitted == []


def test_an_organisation_without_a_number_cannot_send(sandbox: RunningSandbox) -> None:
    world = sandbox.sandbox.world
    del world.accounts[sandbox.seed.other_org_account_number]
    headers = {"Authorization": f"Bearer {sandbox.seed.other_org_api_key}"}

    response = httpx.post(f"{sandbox.base_url}/messages", json=SEND_BODY, headers=headers)

    assert error_code(response)[:2] == (422, "whatsapp_number_not_verified")


def test_a_retried_send_with_its_key_sends_once(
    sandbox: RunningSandbox, http: httpx.Client, emitted: list[tuple[str, dict[str, Any]]]
) -> None:
    headers = {"Idempotency-Key": "send-once"}
    body = {**SEND_BODY, "from": sandbox.seed.account_number}
    first = http.post("/messages", json=body, headers=headers)
    second = http.post("/messages", json=body, headers=headers)

    assert second.headers["Idempotent-Replayed"] == "true"
    assert second.json()["data"]["id"] == first.json()["data"]["id"]
    assert [kind for kind, _ in emitted] == ["message.created"]


def test_messages_list_filters_and_pages(sandbox: RunningSandbox, http: httpx.Client) -> None:
    seed = sandbox.seed
    ours = [send(sandbox, http).json()["data"]["id"] for _ in range(3)]

    outbound = http.get("/messages", params={"direction": "outbound", "limit": 2}).json()
    rest = http.get(
        "/messages", params={"direction": "outbound", "limit": 2, "cursor": outbound["next_cursor"]}
    ).json()
    inbound = http.get(
        "/messages", params={"conversation_id": seed.conversation_id, "direction": "inbound"}
    )
    other = http.get("/messages", params={"contact_id": seed.second_contact_id}).json()

    assert [m["id"] for m in outbound["data"] + rest["data"]] == ours[::-1]
    assert rest["has_more"] is False
    assert [m["id"] for m in inbound.json()["data"]] == [seed.inbound_message_id]
    assert other["data"] == []
    valid("MessageList", inbound.json())


def test_templates_list_and_fetch_within_the_organisation(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    seed = sandbox.seed
    listed = valid("TemplateList", http.get("/templates").json())
    fetched = http.get(f"/templates/{seed.template_id}")

    assert {t["id"] for t in listed["data"]} == {seed.template_id, seed.pending_template_id}
    assert valid("TemplateEnvelope", fetched.json())["data"]["status"] == "approved"
    assert error_code(http.get(f"/templates/{seed.other_org_template_id}"))[0] == 404


def test_conversations_are_listed_by_last_activity_and_filtered(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    seed = sandbox.seed
    send(sandbox, http, to="+6289900011144")  # a newer conversation, now the most active
    http.patch(f"/conversations/{seed.conversation_id}", json={"assignee_id": seed.user_id})

    listed = valid("ConversationList", http.get("/conversations").json())
    assigned = http.get("/conversations", params={"assignee_id": seed.user_id}).json()["data"]
    by_contact = http.get("/conversations", params={"contact_id": seed.contact_id}).json()["data"]

    activity = [instants(c["last_message_at"]) for c in listed["data"] if c["last_message_at"]]
    assert activity == sorted(activity, reverse=True) and len(activity) == 2
    assert [c["id"] for c in assigned] == [c["id"] for c in by_contact] == [seed.conversation_id]


def test_assigning_and_resolving_a_conversation_emit_their_events(
    sandbox: RunningSandbox, http: httpx.Client, emitted: list[tuple[str, dict[str, Any]]]
) -> None:
    seed, path = sandbox.seed, f"/conversations/{sandbox.seed.conversation_id}"
    http.patch(path, json={"assignee_id": seed.user_id})
    reassigned = http.patch(path, json={"assignee_id": seed.second_user_id, "status": "resolved"})
    unchanged = http.patch(path, json={"status": "resolved"})

    data = valid("ConversationEnvelope", reassigned.json())["data"]
    assert data["assignee"] is not None and data["assignee"]["id"] == seed.second_user_id
    assert unchanged.json()["data"]["status"] == "resolved"
    kinds = [kind for kind, _ in emitted]
    assert kinds == ["conversation.assigned", "conversation.assigned", "conversation.closed"]
    second = valid("ConversationAssignedData", emitted[1][1])
    assert second["assignee"]["previous_user_id"] == seed.user_id
    valid("ConversationClosedData", emitted[2][1])


def test_a_conversation_cannot_go_to_another_organisations_user(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    seed = sandbox.seed
    response = http.patch(
        f"/conversations/{seed.conversation_id}", json={"assignee_id": seed.other_org_user_id}
    )

    assert error_code(response) == (404, "resource_not_found", "assignee_id")
    assert http.get(f"/conversations/{seed.conversation_id}").json()["data"]["assignee"] is None


def test_updating_a_contact_names_the_changed_fields(
    sandbox: RunningSandbox, http: httpx.Client, emitted: list[tuple[str, dict[str, Any]]]
) -> None:
    path = f"/contacts/{sandbox.seed.contact_id}"
    current = http.get(path).json()["data"]
    changed = http.patch(path, json={"name": current["name"], "email": "siti@example.org"})
    http.patch(path, json={"email": "siti@example.org"})  # no change, no event

    assert valid("ContactEnvelope", changed.json())["data"]["email"] == "siti@example.org"
    updates = [data for kind, data in emitted if kind == "contact.updated"]
    assert [u["changed_fields"] for u in updates] == [["email"]]
    valid("ContactUpdatedData", updates[0])
