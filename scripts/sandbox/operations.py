"""The API's behaviour: one handler per operationId of the spec.

By the time a handler runs, the caller is authenticated, the request has a rate-limit token,
and every parameter and the body have been validated against the spec. A handler looks things
up in the caller's organisation, changes the world, records the write in the journal, and
returns the fields of its success envelope except `request_id` (which the app adds); the app
validates them through the envelope's pydantic model. Errors are raised as `errors.ApiError`.

To add an operation: put it in openapi.yaml, regenerate, and add a function here with
`@handles("itsOperationId")`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sandbox import errors
from sandbox.world import ApiKey, AppliedWrite, World


@dataclass(frozen=True)
class Call:
    """One validated request, as a handler sees it."""

    operation_id: str
    world: World
    caller: ApiKey
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: dict[str, Any] | None  # only the fields the request sent
    idempotency_key: str | None

    @property
    def org_id(self) -> str:
        return self.caller.org_id

    def record(self, *target: str, changed: bool) -> None:
        self.world.journal.append(
            AppliedWrite(self.operation_id, self.org_id, self.idempotency_key, target, changed)
        )


Handler = Callable[[Call], dict[str, Any]]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


@handles("attachLabel")
def attach_label(call: Call) -> dict[str, Any]:
    assert call.body is not None  # the spec requires one, so validation has seen it
    contact_id, label_id = call.path["id"], call.body["label_id"]
    contact = call.world.contact(call.org_id, contact_id)
    if contact is None:
        raise errors.not_found(f"contact {contact_id}", param="id")
    label = call.world.label(call.org_id, label_id)
    # A label of another team is as invisible to this contact as one of another organisation.
    if label is None or label.team_id != contact.team_id:
        raise errors.not_found(f"label {label_id} in the contact's team", param="label_id")
    changed = call.world.attach(contact, label)
    call.record(contact.id, label.id, changed=changed)
    return {"data": {"contact_id": contact.id, "label_id": label.id, "attached": True}}
