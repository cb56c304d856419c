"""The sandbox's state: organisations, their teams and API keys, contacts, labels, attachments.

Everything a handler may read or change lives in one `World`. Lookups are scoped to the calling
organisation, so an id of another organisation is simply not found (the docs: 404, never 403).
The seed is deterministic: `make sandbox` prints the same key and ids every time, and the
spec's own example ids (`ctc_01HXYZ…`, `lbl_01HXYZ…`) exist, in the same team, so that the
spec's examples succeed against the sandbox (schemathesis starts from them).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sandbox.ids import new_api_key, new_id

SPEC_EXAMPLE_CONTACT_ID = "ctc_01HXYZABCDEFGHJKMNPQRSTVWX"
SPEC_EXAMPLE_LABEL_ID = "lbl_01HXYZABCDEFGHJKMNPQRSTVWX"
SEED_TIME = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Organization:
    id: str
    name: str


@dataclass(frozen=True)
class Team:
    id: str  # the docs give team ids no prefix: a plain string of 1-64 characters
    org_id: str
    name: str


@dataclass(frozen=True)
class ApiKey:
    id: str
    secret: str
    org_id: str
    label: str
    expired: bool = False


@dataclass
class Contact:
    id: str
    org_id: str
    team_id: str
    phone_number: str | None
    name: str | None
    email: str | None = None
    metadata: dict[str, Any] | None = None
    created_at: datetime = SEED_TIME
    updated_at: datetime = SEED_TIME


@dataclass
class Label:
    id: str
    org_id: str
    team_id: str
    name: str
    color: str = "gray"
    created_at: datetime = SEED_TIME
    updated_at: datetime = SEED_TIME


@dataclass(frozen=True)
class AppliedWrite:
    """One write the sandbox carried out (replays are not carried out again, so not listed).

    Tests read the journal to show that retries lost nothing and duplicated nothing.
    """

    operation_id: str
    org_id: str
    idempotency_key: str | None
    target: tuple[str, ...]
    changed: bool


@dataclass
class World:
    organizations: dict[str, Organization] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)
    api_keys: dict[str, ApiKey] = field(default_factory=dict)  # by secret
    contacts: dict[str, Contact] = field(default_factory=dict)
    labels: dict[str, Label] = field(default_factory=dict)
    attachments: set[tuple[str, str]] = field(default_factory=set)  # (contact_id, label_id)
    journal: list[AppliedWrite] = field(default_factory=list)

    def key(self, secret: str) -> ApiKey | None:
        return self.api_keys.get(secret)

    def contact(self, org_id: str, contact_id: str) -> Contact | None:
        contact = self.contacts.get(contact_id)
        return contact if contact is not None and contact.org_id == org_id else None

    def label(self, org_id: str, label_id: str) -> Label | None:
        label = self.labels.get(label_id)
        return label if label is not None and label.org_id == org_id else None

    def labels_of(self, contact_id: str) -> set[str]:
        return {label_id for c, label_id in self.attachments if c == contact_id}

    def attach(self, contact: Contact, label: Label) -> bool:
        """Attach a label; False when it already was (attaching is idempotent)."""
        pair = (contact.id, label.id)
        if pair in self.attachments:
            return False
        self.attachments.add(pair)
        return True


@dataclass(frozen=True)
class SeedIds:
    """The seeded ids a person or a test needs, named by what they are for."""

    api_key: str  # Acme's key
    other_org_api_key: str  # Globex's key
    expired_api_key: str  # Acme's, expired: 401 expired_api_key
    contact_id: str  # Acme, Sales team (the spec's example id)
    label_id: str  # Acme, Sales team (the spec's example id)
    second_label_id: str  # Acme, Sales team
    second_contact_id: str  # Acme, Sales team
    other_team_contact_id: str  # Acme, Support team
    other_team_label_id: str  # Acme, Support team
    other_org_contact_id: str  # Globex
    other_org_label_id: str  # Globex


def seed_world(seed: int = 0) -> tuple[World, SeedIds]:
    """Two organisations: Acme (teams Sales and Support) and Globex (one team)."""
    rng = random.Random(seed)
    world = World()

    def org(name: str) -> Organization:
        organization = Organization(new_id("org", rng), name)
        world.organizations[organization.id] = organization
        return organization

    def team(organization: Organization, name: str) -> Team:
        slug = f"team_{organization.name.lower()}_{name.lower()}"
        created = Team(slug, organization.id, name)
        world.teams[created.id] = created
        return created

    def key(organization: Organization, label: str, *, expired: bool = False) -> ApiKey:
        api_key = ApiKey(new_id("key", rng), new_api_key(rng), organization.id, label, expired)
        world.api_keys[api_key.secret] = api_key
        return api_key

    def contact(in_team: Team, name: str, phone: str, contact_id: str | None = None) -> Contact:
        created = Contact(
            contact_id or new_id("ctc", rng),
            in_team.org_id,
            in_team.id,
            phone_number=phone,
            name=name,
            email=f"{name.split()[0].lower()}@example.com",
        )
        world.contacts[created.id] = created
        return created

    def label(in_team: Team, name: str, color: str, label_id: str | None = None) -> Label:
        created = Label(label_id or new_id("lbl", rng), in_team.org_id, in_team.id, name, color)
        world.labels[created.id] = created
        return created

    acme, globex = org("Acme"), org("Globex")
    sales, support, globex_main = team(acme, "Sales"), team(acme, "Support"), team(globex, "Main")
    acme_key = key(acme, "Sandbox key")
    expired_key = key(acme, "Expired key", expired=True)
    globex_key = key(globex, "Sandbox key")

    siti = contact(sales, "Siti Rahayu", "+6281234567890", SPEC_EXAMPLE_CONTACT_ID)
    budi = contact(sales, "Budi Santoso", "+6281298765432")
    dewi = contact(support, "Dewi Lestari", "+6285711122233")
    hans = contact(globex_main, "Hans Weber", "+4915112345678")
    vip = label(sales, "VIP", "amber", SPEC_EXAMPLE_LABEL_ID)
    lead = label(sales, "Lead", "sky")
    urgent = label(support, "Urgent", "red")
    globex_vip = label(globex_main, "VIP", "violet")

    return world, SeedIds(
        api_key=acme_key.secret,
        other_org_api_key=globex_key.secret,
        expired_api_key=expired_key.secret,
        contact_id=siti.id,
        label_id=vip.id,
        second_label_id=lead.id,
        second_contact_id=budi.id,
        other_team_contact_id=dewi.id,
        other_team_label_id=urgent.id,
        other_org_contact_id=hans.id,
        other_org_label_id=globex_vip.id,
    )
