"""schemathesis hooks for `make contract` (schemathesis.toml loads them).

The check of a created resource (ST302) is ours, built on schemathesis' own; see
`created_resource_available`.

Some rules of the API cannot be written in a schema: an `Idempotency-Key` used once per body,
a cursor that the API itself issued, a `team_id` or `from` that names one of the caller's own
teams or WhatsApp accounts. A request that is valid by the schema but breaks such a rule gets
the documented 4xx, which schemathesis would report as "valid data rejected". These hooks give
*positive* (schema-valid) cases values that keep those rules, so that the check still means
something: the sandbox must accept every such request. Negative cases are left as generated,
so invalid values are still sent and must still be refused.

scripts/gates/contract.py passes the seeded values the hooks need in the environment.
"""

from __future__ import annotations

import json
import os
import uuid
from typing import Any

import httpx
import schemathesis
from schemathesis.specs.openapi.checks import ensure_resource_availability

IDEMPOTENCY_KEY = "Idempotency-Key"
PAGINATION_PARAMETERS = ("limit", "cursor")


def is_positive(case: Any) -> bool:
    return case.meta is not None and case.meta.generation.mode.is_positive


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    fresh_idempotency_key(case)
    if is_positive(case):
        issued_cursor(case)
        own_team_and_account(case)
        approved_template(case)


def fresh_idempotency_key(case: Any) -> None:
    """Give every request with a valid Idempotency-Key a key of its own.

    The generator reuses short strings ("0", "a") across requests with different bodies, which
    the API rightly refuses with 422 `idempotency_key_reuse`. A fresh valid key keeps the case
    what it was (valid stays valid); an invalid key (empty, over 255 characters) is left alone,
    so the negative cases still test it.
    """
    headers = case.headers or {}
    key = headers.get(IDEMPOTENCY_KEY)
    if isinstance(key, str) and 1 <= len(key) <= 255:
        headers[IDEMPOTENCY_KEY] = str(uuid.uuid4())


def issued_cursor(case: Any) -> None:
    """Swap a made-up cursor for one the API issued for the same list and filters.

    Any string of one character or more fits the schema, but only a cursor the API issued is
    valid (made-up ones are 400 `invalid_cursor`, as the docs say). The real one is the
    `next_cursor` of the same list with the same filters, one item a page; when that list has
    no second item there is no cursor to give, and the case goes without one.
    """
    query = case.query or {}
    if "cursor" not in query:
        return
    filters = {name: value for name, value in query.items() if name not in PAGINATION_PARAMETERS}
    response = httpx.get(
        os.environ["KIRIM_BASE_URL"] + case.formatted_path,
        params={**filters, "limit": 1},
        headers={"Authorization": f"Bearer {os.environ['KIRIM_API_KEY']}"},
        timeout=10,
    )
    response.raise_for_status()
    cursor = response.json()["next_cursor"]
    if cursor is None:
        del query["cursor"]
    else:
        query["cursor"] = cursor


# Where a body names one of the caller's own teams or accounts.
OWN_VALUES = {
    "createLabel": ("team_id", "KIRIM_TEAM_ID"),
    "createContact": ("from", "KIRIM_ACCOUNT_NUMBER"),
    "sendMessage": ("from", "KIRIM_ACCOUNT_NUMBER"),
}


def own_team_and_account(case: Any) -> None:
    """Name one of the caller's own teams (createLabel) or WhatsApp accounts (createContact).

    The seeded organisation has two of each, so it must say which: without one the docs'
    answer is 400 `missing_required_field`, and a made-up one names nothing of its own (400
    `invalid_field_value`). The sandbox's tests cover both; here every other field is fuzzed.
    """
    field, variable = OWN_VALUES.get(case.operation.definition.raw.get("operationId"), ("", ""))
    if field and isinstance(case.body, dict):
        case.body[field] = os.environ[variable]


def approved_template(case: Any) -> None:
    """Send an approved template of the caller's (sendMessage with `type: template`).

    Any name and language fit the schema, but only an approved template of the organisation
    may be sent (400 `invalid_template_name` otherwise, as the docs' errors catalogue says);
    the template's `components` are still fuzzed.
    """
    template = case.body.get("template") if isinstance(case.body, dict) else None
    if isinstance(template, dict):
        template.update(json.loads(os.environ["KIRIM_TEMPLATE"]))


# Ids that a successful DELETE removed during this run (any scenario, any operation).
REMOVED: set[str] = set()


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    if case.method.upper() == "DELETE" and 200 <= response.status_code < 300:
        REMOVED.update(str(value) for value in (case.path_parameters or {}).values())


@schemathesis.check
def created_resource_available(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis' "created resource not found" (ST302), less a 404 the API says is about
    another resource.

    The built-in check takes any 404 after a successful POST below the same path for the created
    resource gone missing. But an operation may take more than one id (a contact's path and a
    label in the body, or both in the path), and its 404 names, in `error.param`, which one it
    did not find: a label that an earlier DELETE removed (in any scenario of the run), or one
    that the fuzzer made up in the body. Neither is the created resource. schemathesis'
    per-operation settings cannot say so, as its stateful phase ignores them, so this check
    runs for every operation in place of the built-in one (off in schemathesis.toml) and hands
    every other 404 to it unchanged.
    """
    if response.status_code == 404 and about_another_resource(response, case):
        return None
    result: bool | None = ensure_resource_availability(ctx, response, case)
    return result


def about_another_resource(response: Any, case: Any) -> bool:
    try:
        param = response.json()["error"]["param"]
    except (ValueError, KeyError, TypeError):
        return False  # a 404 that does not say what it did not find: the built-in check judges
    path = case.path_parameters or {}
    if param not in path:
        return True  # not an id of the path, so not the resource the path names
    return str(path[param]) in REMOVED
