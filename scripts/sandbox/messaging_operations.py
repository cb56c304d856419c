"""The handlers of 1.2.0's operations besides webhooks: health, accounts, messages, templates,
conversations and contact updates (operations.py has the contacts and labels of 1.1.0).

Where the docs are silent, the spec's `x-kirimchat-notes` state the reading implemented here:
- a send names its account by `from` as contact creation does (one account: optional; none:
  422 `whatsapp_number_not_verified`); a template must be one of the organisation's approved
  templates by name and language (else 400 `invalid_template_name`); a reply's
  `context.message_id` must be a message of the organisation (else 404);
- sending to a number with no contact yet creates the contact (`contact.created`);
- conversations are listed by last activity, those without messages last;
- an assignee must be a user of the organisation (else 404, as any other organisation's id).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from . import errors, messaging, views
from .operations import Call, handles, named_or_only
from .world import Conversation, WhatsAppAccount

# Conversations without messages sort after every conversation with some.
NEVER = datetime.min.replace(tzinfo=UTC)
UPDATABLE_CONTACT_FIELDS = ("name", "email", "metadata")


@handles("getHealth")
def get_health(call: Call) -> dict[str, Any]:
    return {"data": {"status": "ok"}}


@handles("listAccounts")
def list_accounts(call: Call) -> dict[str, Any]:
    accounts = call.world.accounts_of(call.org_id)
    if call.query.get("status", "connected") == "connected":
        accounts = [account for account in accounts if account.status == "connected"]
    return {
        "data": [messaging.account_view(account) for account in accounts],
        "has_more": False,
        "next_cursor": None,
    }


# Messages.


@handles("sendMessage")
def send_message(call: Call) -> dict[str, Any]:
    body, world = call.sent, call.world
    accounts = world.accounts_of(call.org_id)
    if not accounts:
        raise errors.ApiError(
            422,
            "invalid_request_error",
            "whatsapp_number_not_verified",
            "The organisation has no connected WhatsApp number.",
        )
    account: WhatsAppAccount = named_or_only(
        call,
        "from",
        world.account(call.org_id, body.get("from", "")),
        accounts,
        "WhatsApp accounts",
    )
    message_type = body["type"]
    content = body[message_type]
    if message_type == "template":
        _approved_template(call, content["name"], content["language"])
    context_id = body.get("context", {}).get("message_id")
    if context_id is not None and world.message(call.org_id, context_id) is None:
        raise errors.not_found(f"message {context_id}", "context.message_id")
    message = messaging.send(world, account, body["to"], message_type, content, context_id)
    call.record(message.id, changed=True)
    return {"data": messaging.message_view(message)}


def _approved_template(call: Call, name: str, language: str) -> None:
    for template in call.world.templates_of(call.org_id):
        if (template.name, template.language, template.status) == (name, language, "approved"):
            return
    raise errors.invalid_request(
        "invalid_template_name",
        f"No approved template {name!r} in language {language!r}.",
        "template.name",
    )


@handles("getMessage")
def get_message(call: Call) -> dict[str, Any]:
    message = call.world.message(call.org_id, call.path["id"])
    if message is None:
        raise errors.not_found(f"message {call.path['id']}", "id")
    return {"data": messaging.message_view(message)}


@handles("listMessages")
def list_messages(call: Call) -> dict[str, Any]:
    query = call.query
    matching = [
        message
        for message in call.world.messages_of(call.org_id)
        if query.get("conversation_id", message.conversation.id) == message.conversation.id
        and query.get("contact_id", message.conversation.contact.id)
        == message.conversation.contact.id
        and query.get("direction", message.direction) == message.direction
    ]
    return call.page(matching, messaging.message_view)


# Templates.


@handles("listTemplates")
def list_templates(call: Call) -> dict[str, Any]:
    return call.page(call.world.templates_of(call.org_id), messaging.template_view)


@handles("getTemplate")
def get_template(call: Call) -> dict[str, Any]:
    template = call.world.template(call.org_id, call.path["id"])
    if template is None:
        raise errors.not_found(f"template {call.path['id']}", "id")
    return {"data": messaging.template_view(template)}


# Conversations.


def last_activity(conversation: Conversation) -> tuple[datetime, str]:
    return conversation.last_message_at or NEVER, conversation.id


@handles("listConversations")
def list_conversations(call: Call) -> dict[str, Any]:
    query = call.query
    matching = [
        conversation
        for conversation in call.world.conversations_of(call.org_id)
        if query.get("status", conversation.status) == conversation.status
        and query.get("contact_id", conversation.contact.id) == conversation.contact.id
        and (
            "assignee_id" not in query
            or (
                conversation.assignee is not None
                and conversation.assignee.id == query["assignee_id"]
            )
        )
    ]
    return call.page(matching, messaging.conversation_view, order=last_activity)


def _conversation(call: Call) -> Conversation:
    conversation = call.world.conversation(call.org_id, call.path["id"])
    if conversation is None:
        raise errors.not_found(f"conversation {call.path['id']}", "id")
    return conversation


@handles("getConversation")
def get_conversation(call: Call) -> dict[str, Any]:
    return {"data": messaging.conversation_view(_conversation(call))}


@handles("updateConversation")
def update_conversation(call: Call) -> dict[str, Any]:
    conversation, body, world = _conversation(call), call.sent, call.world
    previous = conversation.assignee
    if "assignee_id" in body:
        user_id = body["assignee_id"]
        user = None if user_id is None else world.user(call.org_id, user_id)
        if user_id is not None and user is None:
            raise errors.not_found(f"user {user_id}", "assignee_id")
        conversation.assignee = user
    new_status = body.get("status", conversation.status)
    status_changed = new_status != conversation.status
    closed = status_changed and new_status == "resolved"
    conversation.status = new_status
    reassigned = conversation.assignee != previous
    if reassigned or status_changed:
        conversation.updated_at = world.now()
    if reassigned:
        world.webhooks.emit(
            call.org_id,
            "conversation.assigned",
            {
                "conversation": messaging.conversation_ref(conversation),
                "assignee": {
                    "user_id": None if conversation.assignee is None else conversation.assignee.id,
                    "team_id": conversation.account.team_id,
                    "previous_user_id": None if previous is None else previous.id,
                },
            },
        )
    if closed:
        world.webhooks.emit(
            call.org_id,
            "conversation.closed",
            {
                "conversation": {
                    **messaging.conversation_ref(conversation),
                    "closed_by_user_id": None,
                }
            },
        )
    call.record(conversation.id, changed=reassigned or status_changed)
    return {"data": messaging.conversation_view(conversation)}


# Contacts.


@handles("updateContact")
def update_contact(call: Call) -> dict[str, Any]:
    contact = call.contact(call.path["id"])
    changed = [
        name
        for name in UPDATABLE_CONTACT_FIELDS
        if name in call.sent and getattr(contact, name) != call.sent[name]
    ]
    for name in changed:
        setattr(contact, name, call.sent[name])
    if changed:
        contact.updated_at = call.world.now()
        call.world.webhooks.emit(
            call.org_id,
            "contact.updated",
            {"contact": views.contact(contact), "changed_fields": changed},
        )
    call.record(contact.id, changed=bool(changed))
    return {"data": views.contact(contact)}
