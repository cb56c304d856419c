"""Parameters and request-body constructs, on a fixture spec of their own
(tests/fixtures/generator/parameters.yaml): path/query/header, query arrays (explode true and
false), booleans, bounds, formats (date, date-time, uuid, uri, email), enums by $ref,
nullable both ways, uniqueItems/minItems/maxItems/minProperties, additionalProperties maps,
defaults and descriptions in docstrings, readOnly/writeOnly, deprecated operations and fields;
and a construct the generator cannot handle, which fails naming the file and line."""

from __future__ import annotations

import datetime
import inspect
import uuid
import warnings
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from generator_support import FIXTURES, Server, client, generate_package, reply
from support import run_script

GADGET_ID = "9b2f6a3e-1c4d-4e5f-8a9b-0c1d2e3f4a5b"
EVENTS = {"data": [{"at": "2026-05-01T08:30:00Z", "count": 5.0, "level": "medium"}]}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return generate_package("parameters", tmp_path_factory.mktemp("gen") / "parameters")


def test_query_path_and_header_parameters_are_sent_in_their_styles(pkg: ModuleType) -> None:
    server = Server([reply(200, EVENTS)])
    client(pkg, server).gadgets.list_gadget_events(
        uuid.UUID(GADGET_ID),
        since=datetime.datetime(2026, 5, 1, 8, 30, tzinfo=datetime.UTC),
        day=datetime.date(2026, 5, 1),
        unread=True,
        level="high",
        tag_ids=["a", "b"],
        fields=["x", "y"],
        page_size=50,
        ratio=0.5,
        x_trace_id="t1",
    )
    url = server.last.url
    assert url.path == f"/v1/gadgets/{GADGET_ID}/events"
    assert url.params.get_list("tag_ids") == ["a", "b"]  # explode: repeated
    assert url.params["fields"] == "x,y"  # explode false: one comma-separated value
    assert url.params["unread"] == "true"
    assert url.params["since"] == "2026-05-01T08:30:00+00:00"
    assert url.params["day"] == "2026-05-01"
    assert url.params["level"] == "high"
    assert server.last.headers["X-Trace-Id"] == "t1"


def test_format_strings_are_accepted_when_valid(pkg: ModuleType) -> None:
    server = Server([reply(200, EVENTS)])
    client(pkg, server).gadgets.list_gadget_events(GADGET_ID, since="2026-05-01T08:30:00Z")
    assert server.last.url.params["since"] == "2026-05-01T08:30:00Z"


@pytest.mark.parametrize(
    ("arguments", "param", "rule"),
    [
        ({"gadget_id": "not-a-uuid"}, "gadget_id", "valid uuid"),
        ({"since": "yesterday"}, "since", "valid date-time"),
        ({"day": "2026-02-30"}, "day", "valid date"),
        ({"unread": "yes"}, "unread", "must be a boolean"),
        ({"level": "medium"}, "level", "must be one of 'low', 'high'"),
        ({"tag_ids": ["a", "a"]}, "tag_ids[1]", "unique"),
        ({"tag_ids": ["a", "b", "c", "d"]}, "tag_ids", "at most 3 items"),
        ({"page_size": 0}, "page_size", "at least 1"),
        ({"page_size": 51}, "page_size", "at most 50"),
        ({"ratio": 1}, "ratio", "less than 1"),
        ({"x_trace_id": "123456789"}, "x_trace_id", "at most 8 characters"),
    ],
)
def test_parameters_are_checked_before_sending(
    pkg: ModuleType, arguments: dict[str, Any], param: str, rule: str
) -> None:
    server = Server()
    arguments = {"gadget_id": GADGET_ID, **arguments}
    with pytest.raises(pkg.ParamValidationError) as caught:
        client(pkg, server).gadgets.list_gadget_events(**arguments)
    assert caught.value.param == param
    assert rule in caught.value.rule
    assert server.requests == []


def test_lenient_by_default_strict_on_request(pkg: ModuleType) -> None:
    # An enum value added since and an integral float in an integer field are read leniently.
    events = client(pkg, Server([reply(200, EVENTS)])).gadgets.list_gadget_events(GADGET_ID)
    assert events.data[0].level == "medium"
    strict = client(pkg, Server([reply(200, EVENTS)]), strict_response_validation=True)
    assert strict.gadgets.list_gadget_events(GADGET_ID).data[0].count == 5
    wrong = {"data": [{"at": "2026-05-01T08:30:00Z", "count": "five"}]}
    lenient = client(pkg, Server([reply(200, wrong)])).gadgets.list_gadget_events(GADGET_ID)
    assert lenient.data[0].count == "five"  # kept as it came
    strict = client(pkg, Server([reply(200, wrong)]), strict_response_validation=True)
    with pytest.raises(pkg.APIResponseValidationError, match="count must be an integer"):
        strict.gadgets.list_gadget_events(GADGET_ID)


GADGET = {"name": "g", "settings": {"volume": 3}}


def test_body_formats_maps_and_nullables_are_sent(pkg: ModuleType) -> None:
    server = Server([reply(201, {**GADGET, "id": "g1"})])
    created = client(pkg, server).gadgets.create(
        name="g",
        settings={"volume": 3},
        secret="s",
        owner_email="a@b.example",
        homepage="https://b.example/",
        launched_on=datetime.date(2026, 1, 2),
        nickname=None,
        rating=None,
        labels={"colours": ["red"]},
        extras={"anything": [1, {"x": None}]},
        tags=["a"],
        mode="standard",
    )
    assert created.id == "g1"
    sent = server.last_json()
    assert sent["launched_on"] == "2026-01-02"
    assert sent["nickname"] is None and sent["rating"] is None
    assert sent["labels"] == {"colours": ["red"]}
    assert sent["extras"] == {"anything": [1, {"x": None}]}


@pytest.mark.parametrize(
    ("arguments", "param", "rule"),
    [
        ({"settings": {}}, "settings", "at least 1 properties"),
        ({"settings": {"volume": 11}}, "settings.volume", "at most 10"),
        ({"labels": {"c": [1]}}, "labels.c[0]", "must be a string"),
        ({"owner_email": "nobody"}, "owner_email", "valid email"),
        ({"homepage": "no scheme"}, "homepage", "valid uri"),
        ({"tags": []}, "tags", "at least 1 items"),
        ({"tags": ["a", "a"]}, "tags[1]", "unique"),
        ({"rating": 6}, "rating", "at most 5"),
        ({"mode": "turbo"}, "mode", "must be 'standard'"),
        ({"level": "loud"}, "level", "must be one of"),
        ({"audit": {"note": "ok"}}, "audit.by", "is required"),  # from the allOf's first part
        ({"audit": {"by": "me", "note": "too long"}}, "audit.note", "at most 5"),  # its second
        ({"reach": "neither"}, "reach", "must be a valid email"),  # anyOf: no branch fits
        ({"handle": "a\u00a0b"}, "handle", "must match the pattern"),  # ECMA \\s: NBSP
        ({"handle": "a\u2003b"}, "handle", "must match the pattern"),  # em space
        ({"handle": "a\u2028b"}, "handle", "must match the pattern"),  # line separator
        ({"handle": "a\ufeffb"}, "handle", "must match the pattern"),  # BOM
    ],
)
def test_body_rules_are_checked_before_sending(
    pkg: ModuleType, arguments: dict[str, Any], param: str, rule: str
) -> None:
    server = Server()
    with pytest.raises(pkg.ParamValidationError) as caught:
        client(pkg, server).gadgets.create(**{**GADGET, **arguments})
    assert caught.value.param == param
    assert rule in caught.value.rule
    assert server.requests == []


def test_read_only_fields_are_not_arguments_and_write_only_not_required_back(
    pkg: ModuleType,
) -> None:
    resources = import_module(f"{pkg.__name__}.resources.gadgets")
    parameters = inspect.signature(resources.Gadgets.create).parameters
    assert "id" not in parameters and "secret" in parameters


def test_docstrings_carry_defaults_and_descriptions_beside_a_ref(pkg: ModuleType) -> None:
    resources = import_module(f"{pkg.__name__}.resources.gadgets")
    events_doc = inspect.getdoc(resources.Gadgets.list_gadget_events) or ""
    assert "Events per page. Default: ``20``." in events_doc
    create_doc = " ".join((inspect.getdoc(resources.Gadgets.create) or "").split())
    assert "How loud the gadget is (a description beside a $ref)." in create_doc
    assert "Deprecated." in create_doc


def test_deprecated_operations_and_fields_warn(pkg: ModuleType) -> None:
    api = client(pkg, Server([reply(204), reply(201, GADGET)]))
    with pytest.warns(DeprecationWarning, match="reset"):
        assert api.gadgets.reset("g1") is None
    with pytest.warns(DeprecationWarning, match="old_name"):
        api.gadgets.create(**GADGET, old_name="g0")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client(pkg, Server([reply(201, GADGET)])).gadgets.create(**GADGET)


@pytest.mark.parametrize(
    ("snippet", "construct"),
    [
        ("not: {type: string}", "`not` is not supported"),
        ("contains: {type: integer}", "`contains` is not supported"),
    ],
)
def test_an_unsupported_construct_fails_naming_file_line_and_construct(
    tmp_path: Path, snippet: str, construct: str
) -> None:
    text = (FIXTURES / "parameters.yaml").read_text()
    anchor = "        retries:\n          type: integer\n"
    assert anchor in text
    key, value = snippet.split(": ", 1)
    spec = tmp_path / "spec_under_test.yaml"
    spec.write_text(text.replace(anchor, f"{anchor}          {key}: {value}\n"))
    line = spec.read_text().splitlines().index(f"          {key}: {value}") + 1
    out = tmp_path / "generated"
    result = run_script("generation", "--spec", spec, "--out", out)
    assert result.returncode == 1
    assert f"spec_under_test.yaml:{line}:" in result.stderr
    assert construct in result.stderr
    assert not out.exists()  # nothing half-written


def test_a_cookie_parameter_fails_generation_naming_it(tmp_path: Path) -> None:
    text = (FIXTURES / "parameters.yaml").read_text()
    anchor = "        - name: legacy\n          in: query\n"
    assert anchor in text
    spec = tmp_path / "spec_under_test.yaml"
    spec.write_text(text.replace(anchor, "        - name: legacy\n          in: cookie\n"))
    result = run_script("generation", "--spec", spec, "--out", tmp_path / "generated")
    assert result.returncode == 1
    assert "spec_under_test.yaml:" in result.stderr
    assert "cookie parameters are not supported: ['legacy']" in result.stderr
    assert not (tmp_path / "generated").exists()


def test_all_of_and_any_of_accept_what_fits(pkg: ModuleType) -> None:
    server = Server([reply(201, GADGET), reply(201, GADGET)])
    api = client(pkg, server)
    api.gadgets.create(
        **GADGET, audit={"by": "me", "note": "fine"}, reach="+628123456", handle="a1"
    )
    assert server.last_json()["audit"] == {"by": "me", "note": "fine"}
    api.gadgets.create(**GADGET, reach="a@b.example", handle="\u0661x")  # \\S is not ASCII-only
    assert server.last_json()["reach"] == "a@b.example"


def test_a_body_that_is_a_map_is_taken_whole_and_its_values_checked(pkg: ModuleType) -> None:
    server = Server([reply(204)])
    api = client(pkg, server)
    assert api.gadgets.replace_gadget_settings("g1", body={"volume": 3, "glow": 10}) is None
    assert server.last_json() == {"volume": 3, "glow": 10}
    with pytest.raises(pkg.ParamValidationError) as caught:
        api.gadgets.replace_gadget_settings("g1", body={"volume": 11})
    assert caught.value.param == "volume"
    assert len(server.requests) == 1
