"""WhatsApp messaging in the sandbox: sending, receiving, and a sent message's way from
`pending` to `read`, each step a webhook event.

A sent message is `pending` (the API's answer, 202); `advance` moves it one step:
`pending` → `sent` → `delivered` → `read`, emitting `message.status` each time. Something
must call it: the sandbox's status timer (webhook delivery's side), or a test. As the docs'
send guide says, free-form messages (all but templates) can only be sent within 24 hours of
the contact's last message: outside that window the first step is `failed`, with the error
`outside_24h_window` (Meta's 131047), as the failed-sends guide shows.

`receive` simulates a contact writing to one of the organisation's numbers: a new contact
(and `contact.created`) when the number is unknown, then the message (`message.received`).

How the new resources look on the wire (the `data` of the spec's schemas) is here too. Events
go out through `world.webhooks.emit` (webhooks.py), to the organisation's subscriptions.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from . import views
from .world import Contact, Conversation, Message, Template, User, WhatsAppAccount, World

# The order an outbound message's status moves in; `failed` may replace any step after pending.
STATUS_STEPS = ("pending", "sent", "delivered", "read")
CUSTOMER_SERVICE_WINDOW = timedelta(hours=24)
OUTSIDE_WINDOW_ERROR = {
    "code": "outside_24h_window",
    "message": (
        "Message failed to send because more than 24 hours have passed since the recipient "
        "last messaged you."
    ),
    "provider_code": 131047,
}


# Views.


def message_view(item: Message) -> dict[str, Any]:
    conversation = item.conversation
    ours, theirs = conversation.account.phone_number, conversation.contact.phone_number
    outbound = item.direction == "outbound"
    return {
        "id": item.id,
        "object": "message",
        "direction": item.direction,
        "conversation_id": conversation.id,
        "contact_id": conversation.contact.id,
        "from": ours if outbound else theirs,
        "to": theirs if outbound else ours,
        "type": item.type,
        "status": item.status,
        item.type: item.content,
        "context": (
            None if item.context_message_id is None else {"message_id": item.context_message_id}
        ),
        "error": item.error,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }


def user_view(item: User) -> dict[str, Any]:
    return {"id": item.id, "name": item.name, "email": item.email}


def conversation_view(item: Conversation) -> dict[str, Any]:
    return {
        "id": item.id,
        "object": "conversation",
        "status": item.status,
        "contact": {
            "id": item.contact.id,
            "phone_number": item.contact.phone_number,
            "name": item.contact.name,
        },
        "whatsapp_account": {"phone_number": item.account.display_number},
        "assignee": None if item.assignee is None else user_view(item.assignee),
        "unread_count": item.unread_count,
        "last_message_at": item.last_message_at,
        "last_inbound_at": item.last_inbound_at,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }


def conversation_ref(item: Conversation) -> dict[str, Any]:
    return {"id": item.id, "object": "conversation", "status": item.status}


def template_view(item: Template) -> dict[str, Any]:
    return {
        "id": item.id,
        "object": "template",
        "name": item.name,
        "language": item.language,
        "category": item.category,
        "status": item.status,
        "components": list(item.components),
        "created_at": item.created_at,
        "updated_at": item.created_at,
    }


def account_view(item: WhatsAppAccount) -> dict[str, Any]:
    onboarding = item.status == "onboarding"
    return {
        "object": "account",
        "phone_number_id": None if onboarding else item.phone_number_id,
        "phone_number": None if onboarding else item.phone_number,
        "name": item.name,
        "status": item.status,
    }


# What happens.


def contact_for(world: World, account: WhatsAppAccount, phone_number: str, source: str) -> Contact:
    """The account's contact with this number; a new one (and `contact.created`) if none."""
    for contact in world.contacts.values():
        if contact.account == account and contact.phone_number == phone_number:
            return contact
    contact = world.add_contact(account, phone_number)
    created = {"contact": views.contact(contact), "acquisition_source": source}
    world.webhooks.emit(account.org_id, "contact.created", created)
    return contact


def send(
    world: World,
    account: WhatsAppAccount,
    to: str,
    message_type: str,
    content: dict[str, Any],
    context_message_id: str | None,
) -> Message:
    """A new outbound message, `pending`, and its `message.created` event."""
    contact = contact_for(world, account, to, "outbound_message")
    conversation = world.open_conversation(account, contact)
    message = world.add_message(
        conversation, "outbound", message_type, content, "pending", context_message_id
    )
    world.webhooks.emit(account.org_id, "message.created", {"message": message_view(message)})
    return message


def receive(world: World, account: WhatsAppAccount, from_number: str, body: str) -> Message:
    """A contact's text message to `account`, with its `message.received` event."""
    contact = contact_for(world, account, from_number, "inbound_message")
    conversation = world.open_conversation(account, contact)
    message = world.add_message(conversation, "inbound", "text", {"body": body}, "received")
    world.webhooks.emit(account.org_id, "message.received", {"message": message_view(message)})
    return message


def advance(world: World, message: Message) -> bool:
    """Move an outbound message one status step and emit `message.status`; False when it
    has no step left (`read` or `failed`, or an inbound message)."""
    if message.direction != "outbound" or message.status not in STATUS_STEPS[:-1]:
        return False
    if message.status == "pending" and not _may_send(world, message):
        message.status, message.error = "failed", dict(OUTSIDE_WINDOW_ERROR)
    else:
        message.status = STATUS_STEPS[STATUS_STEPS.index(message.status) + 1]
    message.updated_at = world.now()
    world.webhooks.emit(message.org_id, "message.status", {"message": message_view(message)})
    return True


def pending_steps(world: World) -> list[Message]:
    """The outbound messages that `advance` can still move, oldest first."""
    moving = [
        message
        for message in world.messages.values()
        if message.direction == "outbound" and message.status in STATUS_STEPS[:-1]
    ]
    return sorted(moving, key=lambda message: (message.created_at, message.id))


def _may_send(world: World, message: Message) -> bool:
    if message.type == "template":
        return True
    last_inbound = message.conversation.last_inbound_at
    return last_inbound is not None and message.created_at - last_inbound < CUSTOMER_SERVICE_WINDOW
