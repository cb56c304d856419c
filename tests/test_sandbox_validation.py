"""The sandbox's request validation follows the spec, whatever the spec holds.

The sandbox runs on a fixture spec of its own (tests/fixtures/sandbox/validation.yaml) with one
of each construct: enums by `$ref`, booleans, query arrays (exploded and not), bounded integers
and numbers, date, date-time, uuid, uri and email formats, a 204, several 2xx, `oneOf` with a
discriminator, `anyOf`, nullable fields, `additionalProperties` maps, `uniqueItems`,
`minProperties`. Its operations have no handler in the sandbox, so a test lends them one that
echoes what validation passed on: a valid request is answered with its parsed values, an
invalid one with the documented 400 naming the parameter or field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema.exceptions import ValidationError
from kirimchat._validation import ecma_regex as sdk_ecma_regex

from scripts.sandbox import RunningSandbox, spec
from scripts.sandbox.call import Call
from scripts.sandbox.handlers import HANDLERS

FIXTURE = Path(__file__).parent / "fixtures" / "sandbox" / "validation.yaml"
OPERATIONS = ("listProbes", "createProbe", "deleteProbe")
UUID = "3f2b8c1e-9d4a-4e7b-8c2d-1a5f6e7d8c9b"


def echo(call: Call) -> dict[str, Any]:
    return {"data": {"query": call.query, "headers": call.headers, "body": call.body}}


@pytest.fixture
def running(make_sandbox: Callable[..., RunningSandbox]) -> RunningSandbox:
    return make_sandbox(spec=FIXTURE)


@pytest.fixture
def http(running: RunningSandbox) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {running.seed.api_key}"}
    with httpx.Client(base_url=running.base_url, headers=headers, timeout=10) as client:
        yield client


@pytest.fixture
def echoing(monkeypatch: pytest.MonkeyPatch) -> None:
    for operation_id in OPERATIONS:
        monkeypatch.setitem(HANDLERS, operation_id, echo)


def refusal(response: httpx.Response) -> tuple[int, str, str | None]:
    error = response.json()["error"]
    return response.status_code, error["code"], error.get("param")


@pytest.mark.usefixtures("echoing")
@pytest.mark.parametrize(
    ("query", "parsed"),
    [
        ("", {"limit": 25}),
        ("status=open", {"status": "open", "limit": 25}),
        ("unread=true", {"unread": True, "limit": 25}),
        ("unread=false", {"unread": False, "limit": 25}),
        ("label_ids=lbl_a&label_ids=lbl_b", {"label_ids": ["lbl_a", "lbl_b"], "limit": 25}),
        ("label_ids=lbl_a", {"label_ids": ["lbl_a"], "limit": 25}),
        ("tags=a,b", {"tags": ["a", "b"], "limit": 25}),
        ("sizes=1&sizes=20", {"sizes": [1, 20], "limit": 25}),
        ("limit=1", {"limit": 1}),
        ("limit=100", {"limit": 100}),
        ("ratio=0.5", {"ratio": 0.5, "limit": 25}),
        ("ratio=1", {"ratio": 1, "limit": 25}),
        ("since=2026-05-01T08:30:00Z", {"since": "2026-05-01T08:30:00Z", "limit": 25}),
        ("since=2026-05-01T08:30:00%2B07:00", {"since": "2026-05-01T08:30:00+07:00", "limit": 25}),
        ("day=2026-02-28", {"day": "2026-02-28", "limit": 25}),
        (f"owner={UUID}", {"owner": UUID, "limit": 25}),
        ("site=https://kirim.example/a", {"site": "https://kirim.example/a", "limit": 25}),
        ("contact=a@example.test", {"contact": "a@example.test", "limit": 25}),
    ],
)
def test_valid_query_parameters_are_parsed_by_their_schema(
    http: httpx.Client, query: str, parsed: dict[str, Any]
) -> None:
    response = http.get(f"/probes?{query}")

    assert response.status_code == 200, response.text
    assert response.json()["data"]["query"] == parsed


@pytest.mark.usefixtures("echoing")
@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("status=pending", "status"),  # not in the enum it names by $ref
        ("unread=yes", "unread"),
        ("unread=1", "unread"),
        ("label_ids=lbl_a&label_ids=lbl_a", "label_ids"),  # uniqueItems
        ("label_ids=lbl_a&label_ids=lbl_b&label_ids=lbl_c&label_ids=lbl_d", "label_ids"),
        ("label_ids=LBL_A", "label_ids"),  # an item's pattern
        ("label_ids=lbl_a%0A", "label_ids"),  # `$` is the end of the text, not of a line
        ("sizes=1&sizes=0", "sizes"),  # an item's minimum
        ("sizes=x", "sizes"),
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=ten", "limit"),
        ("limit=1.5", "limit"),
        ("ratio=0", "ratio"),  # exclusiveMinimum
        ("ratio=1.01", "ratio"),
        ("since=2026-05-01", "since"),
        ("since=2026-05-01T08:30:00", "since"),  # no offset
        ("day=2026-02-30", "day"),
        ("owner=not-a-uuid", "owner"),
        ("site=http://kirim.example", "site"),  # the pattern beside format: uri
        ("site=https://kirim.example/a-path-too-long", "site"),  # maxLength beside it
        ("site=https://kirim example", "site"),  # not a URI
        ("contact=nobody", "contact"),
    ],
)
def test_invalid_query_parameters_are_400_naming_them(
    http: httpx.Client, query: str, param: str
) -> None:
    response = http.get(f"/probes?{query}")

    assert refusal(response)[::2] == (400, param), response.text


@pytest.mark.usefixtures("echoing")
def test_a_header_parameter_keeps_its_schema(http: httpx.Client) -> None:
    good = http.get("/probes", headers={"X-Trace": "abc"})
    long = http.get("/probes", headers={"X-Trace": "abcdefghi"})

    assert good.json()["data"]["headers"] == {"X-Trace": "abc"}
    assert refusal(long) == (400, "invalid_field_value", "X-Trace")


TEXT = {"type": "text", "text": "hi"}


@pytest.mark.usefixtures("echoing")
@pytest.mark.parametrize(
    "body",
    [
        {"content": TEXT},
        {"content": {"type": "image", "url": "https://kirim.example/a.png"}},
        {"content": TEXT, "fallback": "short"},
        {"content": TEXT, "fallback": 7},
        {"content": TEXT, "note": None, "parent": None},
        {"content": TEXT, "note": "ten chars.", "parent": "prb_1"},
        {"content": TEXT, "attributes": {"a": 0, "b": 2}},
        {"content": TEXT, "tags": ["x", "y"]},
        {"content": TEXT, "homepage": "https://kirim.example"},
        {"content": TEXT, "status": "closed"},
    ],
    ids=[
        "oneOf-text",
        "oneOf-image",
        "anyOf-string",
        "anyOf-integer",
        "nullables-null",
        "nullables-set",
        "map",
        "unique-items",
        "uri",
        "enum-ref",
    ],
)
def test_valid_bodies_reach_the_handler_as_sent(http: httpx.Client, body: dict[str, Any]) -> None:
    response = http.post("/probes", json=body)

    # Of the operation's two 2xx (201 and 202), the sandbox answers the lowest.
    assert response.status_code == 201, response.text
    assert response.json()["data"]["body"] == body


@pytest.mark.usefixtures("echoing")
@pytest.mark.parametrize(
    ("body", "code", "param"),
    [
        ({}, "missing_required_field", "content"),
        (
            {"content": {"type": "video", "url": "https://x.example"}},
            "invalid_field_value",
            "content.type",
        ),
        ({"content": {"type": "text"}}, "missing_required_field", "content.text"),
        ({"content": {"type": {}}}, "invalid_field_value", "content.type"),
        ({"content": {"type": None}}, "invalid_field_value", "content.type"),
        ({"content": {"type": "image", "url": "not a uri"}}, "invalid_field_value", "content.url"),
        ({"content": TEXT, "fallback": "too long"}, "invalid_field_value", "fallback"),
        ({"content": TEXT, "fallback": True}, "invalid_field_value", "fallback"),
        ({"content": TEXT, "note": "eleven char"}, "invalid_field_value", "note"),
        ({"content": TEXT, "parent": "prb_x"}, "invalid_field_value", "parent"),
        ({"content": TEXT, "parent": "prb_1\n"}, "invalid_field_value", "parent"),
        ({"content": TEXT, "attributes": {}}, "invalid_field_value", "attributes"),
        ({"content": TEXT, "attributes": {"a": -1}}, "invalid_field_value", "attributes.a"),
        ({"content": TEXT, "attributes": {"a": "1"}}, "invalid_field_value", "attributes.a"),
        (
            {"content": TEXT, "attributes": dict.fromkeys("abcd", 1)},
            "invalid_field_value",
            "attributes",
        ),
        ({"content": TEXT, "tags": ["x", "x"]}, "invalid_field_value", "tags"),
        ({"content": TEXT, "homepage": "http://kirim.example"}, "invalid_field_value", "homepage"),
        (
            {"content": TEXT, "homepage": "https://kirim.example/much-too-long"},
            "invalid_field_value",
            "homepage",
        ),
        ({"content": TEXT, "status": "pending"}, "invalid_field_value", "status"),
        ({"content": TEXT, "colour": "red"}, "invalid_field_value", "colour"),
        ({"content": None}, "invalid_field_value", "content"),
        ([TEXT], "invalid_request", None),
    ],
    ids=[
        "missing",
        "oneOf-no-branch",
        "oneOf-branch-incomplete",
        "oneOf-tag-not-a-string",
        "oneOf-tag-null",
        "oneOf-branch-bad-uri",
        "anyOf-too-long",
        "anyOf-boolean",
        "nullable-too-long",
        "nullable-oneOf-pattern",
        "nullable-oneOf-newline",
        "minProperties",
        "map-value-minimum",
        "map-value-type",
        "maxProperties",
        "uniqueItems",
        "uri-pattern",
        "uri-maxLength",
        "enum-ref",
        "unknown-field",
        "null-not-allowed",
        "not-an-object",
    ],
)
def test_invalid_bodies_are_400_naming_the_field(
    http: httpx.Client, body: Any, code: str, param: str | None
) -> None:
    response = http.post("/probes", json=body)

    # A oneOf told apart by a discriminator names its field, or the chosen branch's field.
    assert refusal(response) == (400, code, param), response.text


@pytest.mark.usefixtures("echoing")
def test_a_204_is_answered_without_a_body(http: httpx.Client) -> None:
    response = http.delete("/probes/prb_7")

    assert response.status_code == 204
    assert response.content == b""
    assert response.headers["X-Request-Id"].startswith("req_")
    assert refusal(http.delete("/probes/prb_x")) == (400, "invalid_field_value", "probe_id")


def test_operations_without_a_handler_are_listed_and_answer_501_after_validation(
    running: RunningSandbox, http: httpx.Client
) -> None:
    assert running.sandbox.unimplemented == list(OPERATIONS)

    valid = http.delete("/probes/prb_7")
    invalid = http.delete("/probes/prb_x")

    assert refusal(valid) == (501, "not_implemented", None)
    assert "deleteProbe" in valid.json()["error"]["message"]
    assert refusal(invalid)[0] == 400


@pytest.mark.parametrize("space", ["\u00a0", "\u2003", "\u2028", "\ufeff"])
def test_a_pattern_reads_white_space_as_ecma_262_and_the_sdk_do(space: str) -> None:
    check = spec.Schemas({}).check({"type": "string", "pattern": r"^[^\s]+$"})

    assert check("team_main") == "team_main"
    with pytest.raises(ValidationError, match="does not match"):
        check(f"team{space}main")
    assert spec.ecma_regex.__wrapped__ is sdk_ecma_regex  # one translation, the SDK's
