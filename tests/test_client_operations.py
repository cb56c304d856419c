"""Every operation of the facade: the request it sends, the result, the rules it checks."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import kirimchat
import pytest
from client_harness import CONTACT, KINDS, LABEL, REQUEST_ID, Harness

LABEL_OBJECT = {
    "id": LABEL,
    "object": "label",
    "name": "VIP",
    "color": "amber",
    "team_id": "team_main",
    "created_at": "2026-05-01T08:30:00Z",
    "updated_at": "2026-05-01T08:30:00Z",
}
CONTACT_OBJECT = {
    "id": CONTACT,
    "object": "contact",
    "phone_number": "+6281234567890",
    "name": None,
    "email": None,
    "metadata": {"crm_id": "4711"},
    "whatsapp_account": {"phone_number": None},
    "created_at": "2026-05-01T08:30:00Z",
    "updated_at": "2026-05-01T08:30:00Z",
}
ATTACHMENT = {"contact_id": CONTACT, "label_id": LABEL, "attached": False}
ME = {
    "organization": {
        "id": "org_01HXYZABCDEFGHJKMNPQRSTVWX",
        "object": "organization",
        "name": "Toko",
    },
    "api_key": {
        "id": "key_01HXYZABCDEFGHJKMNPQRSTVWX",
        "object": "api_key",
        "label": None,
        "last4": "nnZ0",
    },
    "rate_limits": {"tier": "default", "write_per_minute": 60, "read_per_minute": 600},
}


def envelope(data: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json={"data": data, "request_id": REQUEST_ID})


# call, reply, method, path, query, body, check of the result
OPERATIONS: list[
    tuple[
        str,
        Callable[[Any], Any],
        httpx.Response,
        str,
        str,
        dict[str, str],
        Any,
        Callable[[Any], bool],
    ]
] = [
    (
        "detach_label",
        lambda c: c.contacts.detach_label(CONTACT, LABEL),
        envelope(ATTACHMENT),
        "DELETE",
        f"/v1/contacts/{CONTACT}/labels/{LABEL}",
        {},
        None,
        lambda r: r.attached is False and r.label_id == LABEL,
    ),
    (
        "get_contact",
        lambda c: c.contacts.get(CONTACT),
        envelope(CONTACT_OBJECT),
        "GET",
        f"/v1/contacts/{CONTACT}",
        {},
        None,
        lambda r: r.phone_number == "+6281234567890" and r.metadata["crm_id"] == "4711",
    ),
    (
        "create_contact",
        lambda c: c.contacts.create(
            phone_number="+6281234567890", name="Budi", metadata={"crm_id": "4711"}
        ),
        envelope(CONTACT_OBJECT, 201),
        "POST",
        "/v1/contacts",
        {},
        {"phone_number": "+6281234567890", "name": "Budi", "metadata": {"crm_id": "4711"}},
        lambda r: r.id == CONTACT,
    ),
    (
        "create_label",
        lambda c: c.labels.create(name="VIP", color="amber"),
        envelope(LABEL_OBJECT, 201),
        "POST",
        "/v1/labels",
        {},
        {"name": "VIP", "color": "amber"},
        lambda r: r.color == "amber" and r.created_at.year == 2026,
    ),
    (
        "get_label",
        lambda c: c.labels.get(LABEL),
        envelope(LABEL_OBJECT),
        "GET",
        f"/v1/labels/{LABEL}",
        {},
        None,
        lambda r: r.name == "VIP",
    ),
    (
        "update_label",
        lambda c: c.labels.update(LABEL, color="red"),
        envelope({**LABEL_OBJECT, "color": "red"}),
        "PATCH",
        f"/v1/labels/{LABEL}",
        {},
        {"color": "red"},
        lambda r: r.color == "red",
    ),
    (
        "delete_label",
        lambda c: c.labels.delete(LABEL),
        envelope({"id": LABEL, "object": "label", "deleted": True}),
        "DELETE",
        f"/v1/labels/{LABEL}",
        {},
        None,
        lambda r: r.deleted is True and r.id == LABEL,
    ),
    (
        "get_me",
        lambda c: c.meta.get_me(),
        envelope(ME),
        "GET",
        "/v1/me",
        {},
        None,
        lambda r: r.rate_limits.write_per_minute == 60 and r.organization.name == "Toko",
    ),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("call", "reply", "method", "path", "query", "body", "check"),
    [pytest.param(*row[1:], id=row[0]) for row in OPERATIONS],
)
def test_operation_sends_the_documented_request_and_parses_the_result(
    kind: str,
    call: Callable[[Any], Any],
    reply: httpx.Response,
    method: str,
    path: str,
    query: dict[str, str],
    body: Any,
    check: Callable[[Any], bool],
) -> None:
    harness = Harness(
        kind, [httpx.Response(reply.status_code, content=reply.content, headers=reply.headers)]
    )
    result = harness.run(call)
    (request,) = harness.requests
    assert (request.method, request.url.path, dict(request.url.params)) == (method, path, query)
    if body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == body
    assert ("idempotency-key" in request.headers) is (method == "POST")
    # A page carries its request id as a field; a model as ``_request_id``, as Stainless SDKs do.
    paged = isinstance(result, kirimchat.SyncPage | kirimchat.AsyncPage)
    assert (result.request_id if paged else result._request_id) == REQUEST_ID
    assert check(result)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("call", "param", "rule"),
    [
        (lambda c: c.labels.create(name=""), "name", "at least 1 characters"),
        (lambda c: c.labels.create(name="x" * 51), "name", "at most 50 characters"),
        (
            lambda c: c.labels.create(name="VIP", color="chartreuse"),
            "color",
            "must be one of 'gray'",
        ),
        (
            lambda c: c.labels.create(name="VIP", team_id="t" * 65),
            "team_id",
            "at most 64 characters",
        ),
        (lambda c: c.labels.update(LABEL, name="x" * 51), "name", "at most 50 characters"),
        (lambda c: c.labels.get("lbl_short"), "label_id", "must match the pattern"),
        (lambda c: c.labels.delete(CONTACT), "label_id", "must match the pattern"),
        (lambda c: c.contacts.detach_label(CONTACT, "lbl_x"), "label_id", "must match the pattern"),
        (lambda c: c.contacts.create(phone_number="081234567890"), "phone_number", "must match"),
        (
            lambda c: c.contacts.create(phone_number="+62812345678901234"),
            "phone_number",
            "must match",
        ),
        (lambda c: c.contacts.list(phone="+62 812"), "phone", "must match"),
        (lambda c: c.contacts.list(search=""), "search", "at least 1 characters"),
        (
            lambda c: c.contacts.create(
                phone_number="+6281234567890",
                metadata=kirimchat.models.Metadata.from_dict({"n": 7}),
            ),
            "metadata.n",
            "must be a string, not int",
        ),
        (
            lambda c: c.contacts.create(phone_number="+6281234567890", metadata=[1]),
            "metadata",
            "must be an object, not list",
        ),
        (lambda c: c.contacts.list(search="x" * 201), "search", "at most 200 characters"),
        (
            lambda c: c.contacts.create(phone_number="+6281234567890", metadata={"n": 7}),
            "metadata.n",
            "must be a string, not int",
        ),
    ],
)
def test_operation_arguments_are_checked_before_sending(
    kind: str, call: Callable[[Any], Any], param: str, rule: str
) -> None:
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        harness.run(call)
    assert caught.value.param == param
    assert rule in caught.value.rule
    assert harness.requests == []
