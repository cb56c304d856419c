"""The Messages operations.

Where the docs are silent, the spec's `x-kirimchat-notes` state the reading implemented here:
- a send names its account by `from` as contact creation does (one account: optional; none:
  422 `whatsapp_number_not_verified`); a template must be one of the organisation's approved
  templates by name and language (else 400 `invalid_template_name`); a reply's
  `context.message_id` must be a message of the organisation (else 404);
- sending to a number with no contact yet creates the contact (`contact.created`).
A sent message then moves on by itself (`Webhooks.walk_statuses`, started by the app).
"""

from __future__ import annotations

from typing import Any

from .. import errors, messaging
from ..call import Call, Handler, named_or_only
from ..world import WhatsAppAccount


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


def get_message(call: Call) -> dict[str, Any]:
    message = call.world.message(call.org_id, call.path["id"])
    if message is None:
        raise errors.not_found(f"message {call.path['id']}", "id")
    return {"data": messaging.message_view(message)}


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


HANDLERS: dict[str, Handler] = {
    "sendMessage": send_message,
    "getMessage": get_message,
    "listMessages": list_messages,
}
