"""The Contacts operations: contacts and the labels attached to them.

Where the docs are silent, the spec's descriptions state the reading implemented here:
- detaching a label that is not attached succeeds and changes nothing (like attach);
- a deleted label is unknown from then on: attaching or detaching it is a 404;
- bulk_label counts an id that is not a contact of the caller's organisation, unknown ones
  included, as `skipped_cross_org` (the API cannot tell "another organisation's" from
  "nobody's" without revealing other organisations); a repeated id counts once;
- an unknown `from` is a 400 `invalid_field_value` naming it.
"""

from __future__ import annotations

from typing import Any

from .. import views
from ..call import Call, Handler, named_or_only
from ..world import WhatsAppAccount


def attach_label(call: Call) -> dict[str, Any]:
    contact = call.contact(call.path["id"])
    label = call.label_for(contact, call.sent["label_id"])
    call.record(contact.id, label.id, changed=call.world.attach(contact, label))
    return {"data": views.attachment(contact.id, label.id, attached=True)}


def detach_label(call: Call) -> dict[str, Any]:
    contact = call.contact(call.path["id"])
    label = call.label_for(contact, call.path["label_id"])
    call.record(contact.id, label.id, changed=call.world.detach(contact, label))
    return {"data": views.attachment(contact.id, label.id, attached=False)}


def bulk_label(call: Call) -> dict[str, Any]:
    label = call.label(call.sent["label_id"], "label_id")
    apply = call.world.attach if call.sent["operation"] == "attach" else call.world.detach
    counts = {"applied": 0, "skipped_cross_org": 0, "skipped_team_mismatch": 0}
    for contact_id in dict.fromkeys(call.sent["contact_ids"]):  # in order, each once
        contact = call.world.contact(call.org_id, contact_id)
        if contact is None:
            counts["skipped_cross_org"] += 1
        elif contact.team_id != label.team_id:
            counts["skipped_team_mismatch"] += 1
        else:
            counts["applied"] += 1
            call.record(contact.id, label.id, changed=apply(contact, label))
    return {"data": counts}


def list_contacts(call: Call) -> dict[str, Any]:
    phone, search = call.query.get("phone"), call.query.get("search", "").casefold()
    matching = [
        contact
        for contact in call.world.contacts_of(call.org_id)
        if (phone is None or contact.phone_number == phone)
        and search in f"{contact.name or ''}\n{contact.email or ''}".casefold()
    ]
    return call.page(matching, views.contact)


def create_contact(call: Call) -> dict[str, Any]:
    body, world = call.sent, call.world
    account: WhatsAppAccount = named_or_only(
        call,
        "from",
        world.account(call.org_id, body.get("from", "")),
        world.accounts_of(call.org_id),
        "WhatsApp accounts",
    )
    contact = world.add_contact(
        account, body["phone_number"], body.get("name"), body.get("email"), body.get("metadata")
    )
    call.record(contact.id, changed=True)
    created = {"contact": views.contact(contact), "acquisition_source": "api"}
    world.webhooks.emit(call.org_id, "contact.created", created)
    return {"data": views.contact(contact)}


def get_contact(call: Call) -> dict[str, Any]:
    return {"data": views.contact(call.contact(call.path["id"]))}


UPDATABLE_CONTACT_FIELDS = ("name", "email", "metadata")


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


HANDLERS: dict[str, Handler] = {
    "attachLabel": attach_label,
    "detachLabel": detach_label,
    "bulkLabel": bulk_label,
    "listContacts": list_contacts,
    "createContact": create_contact,
    "getContact": get_contact,
    "updateContact": update_contact,
}
