"""What a handler gets: one validated request (`Call`), and the lookups handlers share.

By the time a handler runs, the caller is authenticated, the request has a rate-limit token,
and every parameter and the body have been validated against the spec (absent parameters carry
the spec's defaults). A handler looks things up in the caller's organisation, changes the
world, records each write in the journal, and returns the fields of its success envelope
except `request_id` (which the app adds); the app checks them against the success response's
schema. Errors are raised as `errors.ApiError`. The handlers themselves are in handlers/, one
module per tag of the spec.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import errors
from .cursors import CursorCodec, Position
from .pagination import paginate
from .ratelimit import Budgets
from .webhooks import Webhooks
from .world import ApiKey, AppliedWrite, Contact, Label, World, newest_first


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
    def webhooks(self) -> Webhooks:
        webhooks: Webhooks = self.world.webhooks
        return webhooks

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
