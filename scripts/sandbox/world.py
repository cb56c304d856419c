"""The sandbox's state: organisations, teams, users, WhatsApp accounts, API keys, contacts,
labels, attachments, conversations, messages, templates, the journal of writes, and webhook
subscriptions (webhooks.py, whose `emit` sends the events).

Everything a handler may read or change lives in one `World`. Lookups are scoped to the calling
organisation, so an id of another organisation is simply not found (the docs: 404, never 403).

The model, with what we inferred where the docs are silent:
- An organisation has teams; labels belong to a team (the docs) and so do WhatsApp accounts
  (our inference). A contact belongs to the account it was created on, and so to its team;
  a label can be attached only to contacts of its own team (the docs).
- A key sees its whole organisation: every team's contacts and labels (the docs: org-wide).
- Lists are newest first: by `created_at`, then by id (ids are never compared otherwise).
  `World.now()` never repeats a time, so a resource created later is always listed earlier.

The seed is deterministic: `make sandbox` prints the same key and ids every time, and the
spec's own example ids (`ctc_01HXYZ…`, `ctc_01HXZ0…`, `lbl_01HXYZ…`) exist, in the same team,
so that the spec's examples succeed against the sandbox (schemathesis starts from them).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .ids import new_api_key, new_id

if TYPE_CHECKING:
    from .webhooks import Webhooks

SPEC_EXAMPLE_CONTACT_ID = "ctc_01HXYZABCDEFGHJKMNPQRSTVWX"
SPEC_EXAMPLE_SECOND_CONTACT_ID = "ctc_01HXZ0ABCDEFGHJKMNPQRSTVWX"  # the bulk example's second
SPEC_EXAMPLE_LABEL_ID = "lbl_01HXYZABCDEFGHJKMNPQRSTVWX"
# 1.2.0's examples, so that they too succeed against the sandbox.
SPEC_EXAMPLE_USER_ID = "usr_01HXYZABCDEFGHJKMNPQRSTVWX"
SPEC_EXAMPLE_CONVERSATION_ID = "cnv_01HXYZABCDEFGHJKMNPQRSTVWX"
SPEC_EXAMPLE_MESSAGE_ID = "msg_01HXYZABCDEFGHJKMNPQRSTVWX"
SPEC_EXAMPLE_TEMPLATE_ID = "tmpl_01HXYZABCDEFGHJKMNPQRSTVWX"
SEED_TIME = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
# Enough seeded resources that the default page (25) does not hold them all.
SEEDED_ACME_CONTACTS = 60
SEEDED_ACME_LABELS = 30
SEED_COLORS = ("gray", "red", "orange", "amber", "teal", "sky", "blue", "violet", "pink")
FIRST_NAMES = ("Agus", "Ayu", "Bayu", "Citra", "Dian", "Eka", "Fajar", "Gita", "Hadi", "Indah")
LAST_NAMES = ("Wijaya", "Saputra", "Hidayat", "Kusuma", "Pratama", "Nugroho", "Siregar")


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
class User:
    """An agent of an organisation, whom conversations are assigned to."""

    id: str
    org_id: str
    name: str
    email: str


@dataclass(frozen=True)
class WhatsAppAccount:
    org_id: str
    team_id: str
    phone_number: str  # E.164, what `from` names when creating a contact
    display_number: str  # as the API shows it in `whatsapp_account.phone_number`
    phone_number_id: str = ""  # Meta's id of the number (GET /accounts)
    name: str = ""
    status: str = "connected"


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
    account: WhatsAppAccount
    phone_number: str | None
    name: str | None
    email: str | None
    metadata: dict[str, str] | None
    created_at: datetime
    updated_at: datetime

    @property
    def org_id(self) -> str:
        return self.account.org_id

    @property
    def team_id(self) -> str:
        return self.account.team_id


@dataclass
class Label:
    id: str
    org_id: str
    team_id: str
    name: str
    color: str
    created_at: datetime
    updated_at: datetime


@dataclass
class Conversation:
    id: str
    account: WhatsAppAccount
    contact: Contact
    status: str
    assignee: User | None
    unread_count: int
    last_message_at: datetime | None
    last_inbound_at: datetime | None
    created_at: datetime
    updated_at: datetime

    @property
    def org_id(self) -> str:
        return self.account.org_id


@dataclass
class Message:
    id: str
    conversation: Conversation
    direction: str  # "outbound" or "inbound"
    type: str
    content: dict[str, Any]  # the `text`, `template`, `image`… object, as sent
    status: str
    context_message_id: str | None
    error: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime

    @property
    def org_id(self) -> str:
        return self.conversation.org_id


@dataclass(frozen=True)
class Template:
    id: str
    org_id: str
    name: str
    language: str
    category: str
    status: str
    components: tuple[dict[str, Any], ...]
    created_at: datetime


@dataclass(frozen=True)
class AppliedWrite:
    """One write the sandbox carried out (replays are not carried out again, so not listed).

    Tests read the journal to show that retries lost nothing and duplicated nothing. A bulk
    request is journalled once per contact it applied to.
    """

    operation_id: str
    org_id: str
    idempotency_key: str | None
    target: tuple[str, ...]
    changed: bool


def newest_first(resource: Contact | Label | Message | Template) -> tuple[datetime, str]:
    """The sort key of every list (sorted in reverse), and what a cursor remembers."""
    return resource.created_at, resource.id


@dataclass
class World:
    organizations: dict[str, Organization] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)
    accounts: dict[str, WhatsAppAccount] = field(default_factory=dict)  # by phone number
    api_keys: dict[str, ApiKey] = field(default_factory=dict)  # by secret
    contacts: dict[str, Contact] = field(default_factory=dict)
    labels: dict[str, Label] = field(default_factory=dict)
    attachments: set[tuple[str, str]] = field(default_factory=set)  # (contact_id, label_id)
    users: dict[str, User] = field(default_factory=dict)
    conversations: dict[str, Conversation] = field(default_factory=dict)
    messages: dict[str, Message] = field(default_factory=dict)
    templates: dict[str, Template] = field(default_factory=dict)
    journal: list[AppliedWrite] = field(default_factory=list)
    wall_clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    last_time: datetime = SEED_TIME  # the last time handed out by now()
    # Webhook subscriptions and deliveries, and `emit` for the events (set by the Sandbox).
    webhooks: Webhooks = field(init=False, repr=False)

    def now(self) -> datetime:
        """The current time, and never one handed out before (a strict order of creation)."""
        current = self.wall_clock().replace(microsecond=0)
        self.last_time = max(current, self.last_time + timedelta(seconds=1))
        return self.last_time

    # Lookups, all scoped to the calling organisation.

    def key(self, secret: str) -> ApiKey | None:
        return self.api_keys.get(secret)

    def contact(self, org_id: str, contact_id: str) -> Contact | None:
        contact = self.contacts.get(contact_id)
        return contact if contact is not None and contact.org_id == org_id else None

    def label(self, org_id: str, label_id: str) -> Label | None:
        label = self.labels.get(label_id)
        return label if label is not None and label.org_id == org_id else None

    def team(self, org_id: str, team_id: str) -> Team | None:
        team = self.teams.get(team_id)
        return team if team is not None and team.org_id == org_id else None

    def account(self, org_id: str, phone_number: str) -> WhatsAppAccount | None:
        account = self.accounts.get(phone_number)
        return account if account is not None and account.org_id == org_id else None

    def user(self, org_id: str, user_id: str) -> User | None:
        user = self.users.get(user_id)
        return user if user is not None and user.org_id == org_id else None

    def conversation(self, org_id: str, conversation_id: str) -> Conversation | None:
        found = self.conversations.get(conversation_id)
        return found if found is not None and found.org_id == org_id else None

    def message(self, org_id: str, message_id: str) -> Message | None:
        found = self.messages.get(message_id)
        return found if found is not None and found.org_id == org_id else None

    def template(self, org_id: str, template_id: str) -> Template | None:
        found = self.templates.get(template_id)
        return found if found is not None and found.org_id == org_id else None

    def conversations_of(self, org_id: str) -> list[Conversation]:
        return [item for item in self.conversations.values() if item.org_id == org_id]

    def messages_of(self, org_id: str) -> list[Message]:
        return [item for item in self.messages.values() if item.org_id == org_id]

    def templates_of(self, org_id: str) -> list[Template]:
        return [item for item in self.templates.values() if item.org_id == org_id]

    def teams_of(self, org_id: str) -> list[Team]:
        return [team for team in self.teams.values() if team.org_id == org_id]

    def accounts_of(self, org_id: str) -> list[WhatsAppAccount]:
        return [account for account in self.accounts.values() if account.org_id == org_id]

    def contacts_of(self, org_id: str) -> list[Contact]:
        return [contact for contact in self.contacts.values() if contact.org_id == org_id]

    def labels_of_org(self, org_id: str) -> list[Label]:
        return [label for label in self.labels.values() if label.org_id == org_id]

    def labels_of(self, contact_id: str) -> set[str]:
        return {label_id for c, label_id in self.attachments if c == contact_id}

    def label_named(self, team_id: str, name: str) -> Label | None:
        return next(
            (lbl for lbl in self.labels.values() if lbl.team_id == team_id and lbl.name == name),
            None,
        )

    # Changes.

    def add_contact(
        self,
        account: WhatsAppAccount,
        phone_number: str,
        name: str | None = None,
        email: str | None = None,
        metadata: dict[str, str] | None = None,
        contact_id: str | None = None,
    ) -> Contact:
        created = self.now()
        contact = Contact(
            contact_id or new_id("ctc"),
            account,
            phone_number,
            name,
            email,
            metadata,
            created,
            created,
        )
        self.contacts[contact.id] = contact
        return contact

    def add_label(self, team: Team, name: str, color: str, label_id: str | None = None) -> Label:
        created = self.now()
        label_id = label_id or new_id("lbl")
        label = Label(label_id, team.org_id, team.id, name, color, created, created)
        self.labels[label.id] = label
        return label

    def attach(self, contact: Contact, label: Label) -> bool:
        """Attach a label; False when it already was (attaching is idempotent)."""
        pair = (contact.id, label.id)
        if pair in self.attachments:
            return False
        self.attachments.add(pair)
        return True

    def detach(self, contact: Contact, label: Label) -> bool:
        """Detach a label; False when it was not attached (detaching is idempotent too)."""
        pair = (contact.id, label.id)
        if pair not in self.attachments:
            return False
        self.attachments.remove(pair)
        return True

    def open_conversation(
        self, account: WhatsAppAccount, contact: Contact, conversation_id: str | None = None
    ) -> Conversation:
        """The conversation of an account with a contact, opened when there is none yet."""
        for existing in self.conversations.values():
            if existing.account == account and existing.contact.id == contact.id:
                return existing
        created = self.now()
        conversation = Conversation(
            conversation_id or new_id("cnv"),
            account,
            contact,
            "open",
            None,
            0,
            None,
            None,
            created,
            created,
        )
        self.conversations[conversation.id] = conversation
        return conversation

    def add_message(
        self,
        conversation: Conversation,
        direction: str,
        message_type: str,
        content: dict[str, Any],
        status: str,
        context_message_id: str | None = None,
        message_id: str | None = None,
    ) -> Message:
        created = self.now()
        message = Message(
            message_id or new_id("msg"),
            conversation,
            direction,
            message_type,
            content,
            status,
            context_message_id,
            None,
            created,
            created,
        )
        self.messages[message.id] = message
        conversation.last_message_at = conversation.updated_at = created
        if direction == "inbound":
            conversation.last_inbound_at = created
            conversation.unread_count += 1
        return message

    def delete_label(self, label: Label) -> None:
        """A hard delete: the label goes, and with it its link to every contact."""
        del self.labels[label.id]
        self.attachments = {pair for pair in self.attachments if pair[1] != label.id}


@dataclass(frozen=True)
class SeedIds:
    """The seeded ids a person or a test needs, named by what they are for."""

    api_key: str  # Acme's key
    other_org_api_key: str  # Globex's key
    expired_api_key: str  # Acme's, expired: 401 expired_api_key
    contact_id: str  # Acme, Sales team (the spec's example id)
    label_id: str  # Acme, Sales team (the spec's example id)
    second_label_id: str  # Acme, Sales team
    second_contact_id: str  # Acme, Sales team (the spec's bulk example's second id)
    other_team_contact_id: str  # Acme, Support team
    other_team_label_id: str  # Acme, Support team
    other_org_contact_id: str  # Globex
    other_org_label_id: str  # Globex
    team_id: str  # Acme's Sales team
    other_team_id: str  # Acme's Support team
    other_org_team_id: str  # Globex's only team
    account_number: str  # Acme's Sales WhatsApp account (a `from`)
    other_team_account_number: str  # Acme's Support WhatsApp account
    other_org_account_number: str  # Globex's only WhatsApp account
    user_id: str  # Acme's first agent
    second_user_id: str  # Acme's second agent
    other_org_user_id: str  # Globex's agent
    conversation_id: str  # Acme: Siti's, who wrote at start-up (its 24-hour window is open)
    inbound_message_id: str  # Siti's message
    template_id: str  # Acme, approved: `order_confirmation` in `id_ID`
    pending_template_id: str  # Acme, not approved yet
    other_org_template_id: str  # Globex, approved


def seed_world(seed: int = 0) -> tuple[World, SeedIds]:
    """Acme (teams Sales and Support, an account each, 60 contacts, 30 labels) and Globex
    (one team, one account, a few of each): the multi-team and single-team cases."""
    rng = random.Random(seed)
    # Seeded resources are a second apart from SEED_TIME on, the same in every run.
    world = World(wall_clock=lambda: SEED_TIME)

    def org(name: str) -> Organization:
        organization = Organization(new_id("org", rng), name)
        world.organizations[organization.id] = organization
        return organization

    def team(organization: Organization, name: str) -> Team:
        slug = f"team_{organization.name.lower()}_{name.lower()}"
        created = Team(slug, organization.id, name)
        world.teams[created.id] = created
        return created

    def account(
        in_team: Team, phone_number: str, display_number: str, phone_number_id: str
    ) -> WhatsAppAccount:
        name = f"{in_team.name} line"
        created = WhatsAppAccount(
            in_team.org_id, in_team.id, phone_number, display_number, phone_number_id, name
        )
        world.accounts[phone_number] = created
        return created

    def key(organization: Organization, label: str, *, expired: bool = False) -> ApiKey:
        api_key = ApiKey(new_id("key", rng), new_api_key(rng), organization.id, label, expired)
        world.api_keys[api_key.secret] = api_key
        return api_key

    def contact(
        on: WhatsAppAccount, name: str, phone: str, contact_id: str | None = None
    ) -> Contact:
        email = f"{name.lower().replace(' ', '.')}@example.com"
        return world.add_contact(on, phone, name, email, None, contact_id or new_id("ctc", rng))

    def label(in_team: Team, name: str, color: str, label_id: str | None = None) -> Label:
        return world.add_label(in_team, name, color, label_id or new_id("lbl", rng))

    acme, globex = org("Acme"), org("Globex")
    sales, support, globex_main = team(acme, "Sales"), team(acme, "Support"), team(globex, "Main")
    sales_line = account(sales, "+6285117600829", "+62 851-1760-0829", "106540352242922")
    support_line = account(support, "+6285117600830", "+62 851-1760-0830", "106540352242923")
    globex_line = account(globex_main, "+4930123456789", "+49 30 123456789", "204518773310456")
    acme_key = key(acme, "Sandbox key")
    expired_key = key(acme, "Expired key", expired=True)
    globex_key = key(globex, "Sandbox key")

    siti = contact(sales_line, "Siti Rahayu", "+6281234567890", SPEC_EXAMPLE_CONTACT_ID)
    budi = contact(sales_line, "Budi Santoso", "+6281298765432", SPEC_EXAMPLE_SECOND_CONTACT_ID)
    dewi = contact(support_line, "Dewi Lestari", "+6285711122233")
    for number in range(SEEDED_ACME_CONTACTS - 3):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        contact((sales_line, support_line)[number % 2], name, f"+62813{number:07d}")
    hans = contact(globex_line, "Hans Weber", "+4915112345678")
    for number, name in enumerate(("Greta Vogel", "Jonas Klein", "Lena Fischer")):
        contact(globex_line, name, f"+49151{number:07d}")

    vip = label(sales, "VIP", "amber", SPEC_EXAMPLE_LABEL_ID)
    lead = label(sales, "Lead", "sky")
    urgent = label(support, "Urgent", "red")
    for number in range(SEEDED_ACME_LABELS - 3):
        color = SEED_COLORS[number % len(SEED_COLORS)]
        label((sales, support)[number % 2], f"Campaign {number + 1:02d}", color)
    globex_vip = label(globex_main, "VIP", "violet")
    label(globex_main, "Partner", "teal")

    def user(organization: Organization, name: str, user_id: str | None = None) -> User:
        email = f"{name.lower()}@example.com"
        created = User(user_id or new_id("usr", rng), organization.id, name, email)
        world.users[created.id] = created
        return created

    def template(
        organization: Organization, name: str, status: str, body: str, template_id: str = ""
    ) -> Template:
        created = Template(
            template_id or new_id("tmpl", rng),
            organization.id,
            name,
            "id_ID",
            "UTILITY",
            status,
            ({"type": "BODY", "text": body},),
            world.now(),
        )
        world.templates[created.id] = created
        return created

    rina, tono = user(acme, "Rina", SPEC_EXAMPLE_USER_ID), user(acme, "Tono")
    klaus = user(globex, "Klaus")
    confirmation = template(
        acme,
        "order_confirmation",
        "approved",
        "Halo {{1}}, pesanan {{2}} sudah kami terima.",
        SPEC_EXAMPLE_TEMPLATE_ID,
    )
    promo = template(acme, "promo_juni", "pending", "Promo Juni untuk {{1}}!")
    globex_template = template(globex, "order_confirmation", "approved", "Hallo {{1}}!")
    world.wall_clock = lambda: datetime.now(UTC)
    # Siti wrote at start-up, so free-form messages to her may be sent for 24 hours.
    conversation = world.open_conversation(sales_line, siti, SPEC_EXAMPLE_CONVERSATION_ID)
    hello = world.add_message(
        conversation,
        "inbound",
        "text",
        {"body": "Halo, mau tanya soal pesanan"},
        "received",
        message_id=SPEC_EXAMPLE_MESSAGE_ID,
    )

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
        team_id=sales.id,
        other_team_id=support.id,
        other_org_team_id=globex_main.id,
        account_number=sales_line.phone_number,
        other_team_account_number=support_line.phone_number,
        other_org_account_number=globex_line.phone_number,
        user_id=rina.id,
        second_user_id=tono.id,
        other_org_user_id=klaus.id,
        conversation_id=conversation.id,
        inbound_message_id=hello.id,
        template_id=confirmation.id,
        pending_template_id=promo.id,
        other_org_template_id=globex_template.id,
    )
