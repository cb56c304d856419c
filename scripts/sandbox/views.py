"""How the world's objects look in responses: the `data` of the spec's schemas.

The app validates every envelope against the spec's schema of it, so a field missing here
fails loudly in the sandbox rather than reaching a client.
"""

from __future__ import annotations

from typing import Any

from .world import ApiKey, Contact, Label, Organization


def contact(item: Contact) -> dict[str, Any]:
    return {
        "id": item.id,
        "object": "contact",
        "phone_number": item.phone_number,
        "name": item.name,
        "email": item.email,
        "metadata": item.metadata,
        "whatsapp_account": {"phone_number": item.account.display_number},
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }


def label(item: Label) -> dict[str, Any]:
    return {
        "id": item.id,
        "object": "label",
        "name": item.name,
        "color": item.color,
        "team_id": item.team_id,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }


def attachment(contact_id: str, label_id: str, attached: bool) -> dict[str, Any]:
    return {"contact_id": contact_id, "label_id": label_id, "attached": attached}


def organization(item: Organization) -> dict[str, Any]:
    return {"id": item.id, "object": "organization", "name": item.name}


def api_key(item: ApiKey) -> dict[str, Any]:
    return {"id": item.id, "object": "api_key", "label": item.label, "last4": item.secret[-4:]}
