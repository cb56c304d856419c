"""schemathesis hooks for `make contract` (schemathesis.toml loads them).

Some rules of the API cannot be written in a schema: an `Idempotency-Key` used once per body,
a cursor that the API itself issued, a `team_id` or `from` that names one of the caller's own
teams or WhatsApp accounts. A request that is valid by the schema but breaks such a rule gets
the documented 4xx, which schemathesis would report as "valid data rejected". These hooks give
*positive* (schema-valid) cases values that keep those rules, so that the check still means
something: the sandbox must accept every such request. Negative cases are left as generated,
so invalid values are still sent and must still be refused.

contract.py passes the seeded values the hooks need in the environment.
"""

from __future__ import annotations

import json
import os
import uuid
from typing import Any

import httpx
import schemathesis

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
