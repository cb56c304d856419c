"""The Conversations operations.

Where the docs are silent, the spec's `x-kirimchat-notes` state the reading implemented here:
- conversations are listed by last activity, those without messages last;
- an assignee must be a user of the organisation (else 404, as any other organisation's id).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .. import errors, messaging
from ..call import Call, Handler
from ..world import Conversation

# Conversations without messages sort after every conversation with some.
NEVER = datetime.min.replace(tzinfo=UTC)


def last_activity(conversation: Conversation) -> tuple[datetime, str]:
    return conversation.last_message_at or NEVER, conversation.id


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


def get_conversation(call: Call) -> dict[str, Any]:
    return {"data": messaging.conversation_view(_conversation(call))}


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


HANDLERS: dict[str, Handler] = {
    "listConversations": list_conversations,
    "getConversation": get_conversation,
    "updateConversation": update_conversation,
}
