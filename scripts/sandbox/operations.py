"""The API's behaviour: one handler per operationId of the spec.

By the time a handler runs, the caller is authenticated, the request has a rate-limit token,
and every parameter and the body have been validated against the spec (absent parameters carry
the spec's defaults). A handler looks things up in the caller's organisation, changes the
world, records each write in the journal, and returns the fields of its success envelope
except `request_id` (which the app adds); the app validates them through the envelope's
pydantic model. Errors are raised as `errors.ApiError`.

Where the docs are silent, the spec's descriptions state the reading implemented here:
- detaching a label that is not attached succeeds and changes nothing (like attach);
- a deleted label is unknown from then on: attaching, detaching or fetching it is a 404;
- bulk_label counts an id that is not a contact of the caller's organisation, unknown ones
  included, as `skipped_cross_org` (the API cannot tell "another organisation's" from
  "nobody's" without revealing other organisations); a repeated id counts once;
- an unknown `team_id` or `from` is a 400 `invalid_field_value` naming it.
The sandbox's own choice, which no description states: label names are compared exactly
(case matters) when checking that they are unique within a team.

To add an operation: put it in openapi.yaml, regenerate, and add a function here with
`@handles("itsOperationId")`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import errors, views
from .cursors import CursorCodec, Position
from .pagination import paginate
from .ratelimit import Budgets
from .world import (
    ApiKey,
    AppliedWrite,
    Contact,
    Label,
    Team,
    WhatsAppAccount,
    World,
    newest_first,
)


@dataclass(frozen=True)
class Call:
    """One validated request, as a handler sees it."""

    operation_id: str
    world: World
    cursors: CursorCodec
    budgets: Budgets
    caller: ApiKey | None  # None only for a public operation (`security: []`)
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: dict[str, Any] | None  # only the fields the request sent, by their wire names
    idempotency_key: str | None

    @property
    def org_id(self) -> str:
        assert self.caller is not None, "a public operation has no organisation"
        return self.caller.org_id

    @property
    def sent(self) -> dict[str, Any]:
        """The body of an operation whose spec requires one (validation has seen it)."""
        assert self.body is not None
        return self.body

    def record(self, *target: str, changed: bool) -> None:
        self.world.journal.append(
            AppliedWrite(self.operation_id, self.org_id, self.idempotency_key, target, changed)
        )

    def contact(self, contact_id: str, param: str = "id") -> Contact:
        contact = self.world.contact(self.org_id, contact_id)
        if contact is None:
            raise errors.not_found(f"contact {contact_id}", param)
        return contact

    def label(self, label_id: str, param: str = "id") -> Label:
        label = self.world.label(self.org_id, label_id)
        if label is None:
            raise errors.not_found(f"label {label_id}", param)
        return label

    def label_for(self, contact: Contact, label_id: str) -> Label:
        """The label, which must be in the contact's team: another team's is as invisible to
        the contact as another organisation's (404, never 403)."""
        label = self.world.label(self.org_id, label_id)
        if label is None or label.team_id != contact.team_id:
            raise errors.not_found(f"label {label_id} in the contact's team", "label_id")
        return label

    def page(
        self,
        items: list[Any],
        view: Callable[[Any], dict[str, Any]],
        order: Callable[[Any], Position] = newest_first,
    ) -> dict[str, Any]:
        return paginate(
            items,
            view,
            query=self.query,
            codec=self.cursors,
            operation_id=self.operation_id,
            org_id=self.org_id,
            order=order,
        )


Handler = Callable[[Call], dict[str, Any]]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


def named_or_only(call: Call, param: str, named: Any, choices: list[Any], what: str) -> Any:
    """The team (or account) the body names in `param`; without one, the organisation's only
    one. An organisation with several must name it (the docs: "must pass it")."""
    if param in call.sent:
        if named is None:
            raise errors.invalid_request(
                "invalid_field_value", f"{param} is not one of this organisation's {what}.", param
            )
        return named
    if len(choices) == 1:
        return choices[0]
    raise errors.missing_field(param, f": the organisation has {len(choices)} {what}")


def unique_name(call: Call, team_id: str, name: str, label_id: str | None = None) -> None:
    taken = call.world.label_named(team_id, name)
    if taken is not None and taken.id != label_id:
        raise errors.invalid_request(
            "invalid_field_value", f"A label named {name!r} exists in this team.", "name"
        )


# Contacts and their labels.


@handles("attachLabel")
def attach_label(call: Call) -> dict[str, Any]:
    contact = call.contact(call.path["id"])
    label = call.label_for(contact, call.sent["label_id"])
    call.record(contact.id, label.id, changed=call.world.attach(contact, label))
    return {"data": views.attachment(contact.id, label.id, attached=True)}


@handles("detachLabel")
def detach_label(call: Call) -> dict[str, Any]:
    contact = call.contact(call.path["id"])
    label = call.label_for(contact, call.path["label_id"])
    call.record(contact.id, label.id, changed=call.world.detach(contact, label))
    return {"data": views.attachment(contact.id, label.id, attached=False)}


@handles("bulkLabel")
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


@handles("listContacts")
def list_contacts(call: Call) -> dict[str, Any]:
    phone, search = call.query.get("phone"), call.query.get("search", "").casefold()
    matching = [
        contact
        for contact in call.world.contacts_of(call.org_id)
        if (phone is None or contact.phone_number == phone)
        and search in f"{contact.name or ''}\n{contact.email or ''}".casefold()
    ]
    return call.page(matching, views.contact)


@handles("createContact")
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


@handles("getContact")
def get_contact(call: Call) -> dict[str, Any]:
    return {"data": views.contact(call.contact(call.path["id"]))}


# Labels.


@handles("listLabels")
def list_labels(call: Call) -> dict[str, Any]:
    return call.page(call.world.labels_of_org(call.org_id), views.label)


@handles("createLabel")
def create_label(call: Call) -> dict[str, Any]:
    body, world = call.sent, call.world
    team: Team = named_or_only(
        call,
        "team_id",
        world.team(call.org_id, body.get("team_id", "")),
        world.teams_of(call.org_id),
        "teams",
    )
    unique_name(call, team.id, body["name"])
    label = world.add_label(team, body["name"], body.get("color", "gray"))
    call.record(label.id, changed=True)
    return {"data": views.label(label)}


@handles("getLabel")
def get_label(call: Call) -> dict[str, Any]:
    return {"data": views.label(call.label(call.path["id"]))}


@handles("updateLabel")
def update_label(call: Call) -> dict[str, Any]:
    label = call.label(call.path["id"])
    changes = {name: value for name, value in call.sent.items() if getattr(label, name) != value}
    if "name" in changes:
        unique_name(call, label.team_id, changes["name"], label.id)
    for name, value in changes.items():
        setattr(label, name, value)
    if changes:
        label.updated_at = call.world.now()
    call.record(label.id, changed=bool(changes))
    return {"data": views.label(label)}


@handles("deleteLabel")
def delete_label(call: Call) -> dict[str, Any]:
    label = call.label(call.path["id"])
    call.world.delete_label(label)
    call.record(label.id, changed=True)
    return {"data": {"id": label.id, "object": "label", "deleted": True}}


# Meta.


@handles("getMe")
def get_me(call: Call) -> dict[str, Any]:
    budgets = call.budgets
    return {
        "data": {
            "organization": views.organization(call.world.organizations[call.org_id]),
            "api_key": views.api_key(call.caller),
            "rate_limits": {
                "tier": budgets.tier,
                "write_per_minute": budgets.write_per_minute,
                "read_per_minute": budgets.read_per_minute,
            },
        }
    }
