"""The kinds of API change the breaking-change gate must judge, as edits of a fixture spec.

Each case edits a copy of tests/fixtures/breaking/gadgets.yaml (loaded as a dict) the way an
API team would, and says what the gate's report must contain for it: a breaking case names
its own operation, parameter, property or scheme, so that the cases can be judged together in
one run of the gate (Optic costs seconds per run) and each one still be told apart.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

FIXTURE = Path(__file__).parent / "fixtures" / "breaking" / "gadgets.yaml"

Spec = dict[str, Any]


@dataclass(frozen=True)
class Case:
    id: str
    edit: Callable[[Spec], object]
    # For a breaking case: texts that one line of the report must all contain, below the
    # report's headings `within` (an operation, say "POST /gadgets:", then maybe a property).
    finding: tuple[str, ...] = ()
    within: tuple[str, ...] = ()


def load_fixture() -> Spec:
    spec: Spec = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    return spec


def edited(spec: Spec, cases: list[Case]) -> Spec:
    """A copy of ``spec`` with every case's edit applied, each checked to change something."""
    result = copy.deepcopy(spec)
    for case in cases:
        before = copy.deepcopy(result)
        case.edit(result)
        assert result != before, f"case {case.id} changed nothing in the fixture"
    return result


def schema(spec: Spec, name: str) -> Spec:
    found: Spec = spec["components"]["schemas"][name]
    return found


def prop(spec: Spec, model: str, name: str) -> Spec:
    found: Spec = schema(spec, model)["properties"][name]
    return found


def operation(spec: Spec, path: str, method: str) -> Spec:
    found: Spec = spec["paths"][path][method]
    return found


def parameter(spec: Spec, path: str, method: str, name: str) -> Spec:
    for each in operation(spec, path, method)["parameters"]:
        if each.get("name") == name:
            found: Spec = each
            return found
    raise AssertionError(f"{method.upper()} {path} has no parameter {name}")


def drop_parameter(spec: Spec, path: str, method: str, name: str) -> None:
    op = operation(spec, path, method)
    op["parameters"] = [each for each in op["parameters"] if each.get("name") != name]


def add_parameter(spec: Spec, path: str, method: str, definition: Spec) -> None:
    operation(spec, path, method).setdefault("parameters", []).append(definition)


def set_in(target: Spec, **values: object) -> Spec:
    target.update(values)
    return target


def _nullable_by_one_of(spec: Spec, model: str, name: str) -> None:
    old = prop(spec, model, name)
    schema(spec, model)["properties"][name] = {"oneOf": [old, {"type": "null"}]}


def _api_key_scheme(spec: Spec, name: str) -> None:
    spec["components"]["securitySchemes"][name] = {
        "type": "apiKey",
        "in": "header",
        "name": "X-Api-Key",
    }


def _add_operation(spec: Spec) -> None:
    spec["paths"]["/gadgets/{gadget_id}"]["put"] = {
        "operationId": "replaceGadget",
        "parameters": [{"$ref": "#/components/parameters/GadgetId"}],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/GadgetCreate"}}
            },
        },
        "responses": {
            "200": {
                "description": "The replaced gadget.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}
                },
            }
        },
    }


def _add_path(spec: Spec) -> None:
    spec["paths"]["/workshop/tools"] = {
        "get": {
            "operationId": "listWorkshopTools",
            "responses": {
                "200": {
                    "description": "The tools.",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"type": "string"}}
                        }
                    },
                }
            },
        }
    }


GADGETS, GADGET, POLISH, STATUS = (
    "/gadgets",
    "/gadgets/{gadget_id}",
    "/gadgets/{gadget_id}/polish",
    "/workshop/status",
)

CREATE, LIST, GET, UPDATE = (
    ("POST /gadgets:",),
    ("GET /gadgets:",),
    ("GET /gadgets/{gadget_id}:",),
    ("PATCH /gadgets/{gadget_id}:",),
)

# Each breaking kind, refused unless info.version's major number was raised.
BREAKING = [
    # A request the old spec accepted is refused: constraints on request bodies.
    Case(
        "request-max-length-lowered",
        lambda s: set_in(prop(s, "GadgetCreate", "name"), maxLength=40),
        ("request property 'name' accepts less", "maxLength 80 → 40"),
        CREATE,
    ),
    Case(
        "request-min-length-raised",
        lambda s: set_in(prop(s, "GadgetUpdate", "name"), minLength=3),
        ("request property 'name' accepts less", "minLength 1 → 3"),
        UPDATE,
    ),
    Case(
        "request-pattern-changed",
        lambda s: set_in(prop(s, "GadgetCreate", "name"), pattern="^[A-Z][A-Za-z0-9 ]+$"),
        (
            "request property 'name' accepts less",
            'pattern "^[A-Za-z0-9 ]+$" → "^[A-Z][A-Za-z0-9 ]+$"',
        ),
        CREATE,
    ),
    Case(
        "request-maximum-lowered",
        lambda s: set_in(prop(s, "GadgetCreate", "weight"), maximum=500),
        ("request property 'weight' accepts less", "maximum 1000 → 500"),
        CREATE,
    ),
    Case(
        "request-minimum-raised",
        lambda s: set_in(prop(s, "GadgetCreate", "quantity"), minimum=2),
        ("request property 'quantity' accepts less", "minimum 1 → 2"),
        CREATE,
    ),
    Case(
        "request-max-items-lowered",
        lambda s: set_in(prop(s, "GadgetCreate", "tags"), maxItems=5),
        ("request property 'tags' accepts less", "maxItems 10 → 5"),
        CREATE,
    ),
    Case(
        "request-unique-items-added",
        lambda s: set_in(prop(s, "GadgetCreate", "tags"), uniqueItems=True),
        ("request property 'tags' accepts less", "uniqueItems none → true"),
        CREATE,
    ),
    Case(
        "request-array-item-max-length-lowered",
        lambda s: set_in(prop(s, "GadgetCreate", "tags")["items"], maxLength=16),
        ("request property 'tags[]' accepts less", "maxLength 32 → 16"),
        CREATE,
    ),
    Case(
        "request-map-max-properties-added",
        lambda s: set_in(prop(s, "GadgetCreate", "attributes"), maxProperties=8),
        ("request property 'attributes' accepts less", "maxProperties none → 8"),
        CREATE,
    ),
    Case(
        "request-map-value-max-length-added",
        lambda s: set_in(
            prop(s, "GadgetCreate", "attributes")["additionalProperties"], maxLength=64
        ),
        ("request property 'attributes{}' accepts less", "maxLength none → 64"),
        CREATE,
    ),
    Case(
        "request-format-added",
        lambda s: set_in(prop(s, "GadgetUpdate", "name"), format="email"),
        ("request property 'name' accepts less", 'format none → "email"'),
        UPDATE,
    ),
    Case(
        "request-extra-keys-refused",
        lambda s: set_in(schema(s, "GadgetCreate"), additionalProperties=False),
        ("the request body accepts less", "additionalProperties none → false"),
        CREATE,
    ),
    Case(
        "request-enum-value-removed",
        lambda s: schema(s, "Colour")["enum"].remove("blue"),
        ("cannot remove enum option 'blue' from 'colour' property",),
        CREATE,
    ),
    Case(
        "request-property-made-required",
        lambda s: schema(s, "GadgetCreate")["required"].append("colour"),
        ("cannot make a request property required",),
        (*CREATE, "property /schema/properties/colour:"),
    ),
    Case(
        "request-required-property-added",
        lambda s: (
            set_in(schema(s, "GadgetCreate")["properties"], batch_code={"type": "string"}),
            schema(s, "GadgetCreate")["required"].append("batch_code"),
        ),
        ("cannot add a required request property 'batch_code'",),
        CREATE,
    ),
    Case(
        "request-property-type-changed",
        lambda s: set_in(prop(s, "GadgetCreate", "quantity"), type="string"),
        ("expected request body property 'quantity' not to be narrowed",),
        CREATE,
    ),
    Case(
        "request-null-removed-from-type",
        lambda s: set_in(prop(s, "GadgetCreate", "nickname"), type="string"),
        ("expected request body property 'nickname' not to be narrowed",),
        CREATE,
    ),
    Case(
        "request-null-removed-from-one-of",
        lambda s: set_in(schema(s, "GadgetCreate")["properties"], gift_note={"type": "string"}),
        ("request property 'gift_note' accepts less", "no longer null"),
        CREATE,
    ),
    Case(
        "request-body-made-required",
        lambda s: set_in(operation(s, GADGET, "patch")["requestBody"], required=True),
        ("the request body is now required",),
        UPDATE,
    ),
    # Parameters.
    Case(
        "query-parameter-removed",
        lambda s: drop_parameter(s, GADGETS, "get", "cursor"),
        ("query parameter 'cursor' was removed",),
        LIST,
    ),
    Case(
        "query-parameter-renamed",
        lambda s: set_in(parameter(s, GADGET, "get", "fields"), name="include"),
        ("query parameter 'fields' was removed",),
        GET,
    ),
    Case(
        "query-parameter-type-changed",
        lambda s: set_in(parameter(s, GADGETS, "get", "made_after"), schema={"type": "integer"}),
        ("expected query parameter 'made_after' not be narrowed",),
        LIST,
    ),
    Case(
        "query-parameter-made-required",
        lambda s: set_in(parameter(s, GADGETS, "get", "colour"), required=True),
        ("cannot make optional query parameter 'colour' required",),
        LIST,
    ),
    Case(
        "required-query-parameter-added",
        lambda s: add_parameter(
            s,
            GADGETS,
            "get",
            {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}},
        ),
        ("cannot add required query parameter region",),
        LIST,
    ),
    Case(
        "query-parameter-maximum-lowered",
        lambda s: set_in(parameter(s, GADGETS, "get", "limit")["schema"], maximum=50),
        ("query parameter 'limit' accepts less", "maximum 100 → 50"),
        LIST,
    ),
    Case(
        "query-array-max-items-lowered",
        lambda s: set_in(parameter(s, GADGETS, "get", "ids")["schema"], maxItems=10),
        ("query parameter 'ids' accepts less", "maxItems 20 → 10"),
        LIST,
    ),
    Case(
        "query-parameter-enum-value-removed",
        lambda s: parameter(s, GADGETS, "get", "sort")["schema"]["enum"].remove("-created_at"),
        ("cannot remove enum option '-created_at' from query parameter 'sort'",),
        LIST,
    ),
    Case(
        "path-parameter-pattern-changed",
        lambda s: set_in(
            s["components"]["parameters"]["GadgetId"]["schema"], pattern="^gdt_[a-z]{8}$"
        ),
        ("path parameter 'gadget_id' accepts less: pattern",),
        GET,
    ),
    Case(
        "header-parameter-made-required",
        lambda s: set_in(parameter(s, GADGETS, "get", "X-Trace-Id"), required=True),
        ("cannot make optional header parameter 'X-Trace-Id' required",),
        LIST,
    ),
    Case(
        "required-header-parameter-added",
        lambda s: add_parameter(
            s,
            GADGETS,
            "post",
            {"name": "X-Workshop", "in": "header", "required": True, "schema": {"type": "string"}},
        ),
        ("cannot add required header parameter X-Workshop",),
        CREATE,
    ),
    # A response the old SDK parsed no longer holds what it promised.
    Case(
        "response-property-removed",
        lambda s: schema(s, "Gadget")["properties"].pop("owner"),
        ("cannot remove response property 'owner'",),
        GET,
    ),
    Case(
        "response-property-made-optional",
        lambda s: schema(s, "Gadget")["required"].remove("made_at"),
        ("cannot make required response property 'made_at' optional",),
        GET,
    ),
    Case(
        "response-property-made-nullable-by-type",
        lambda s: set_in(prop(s, "Gadget", "name"), type=["string", "null"]),
        ("expected response body property 'name' not to be expanded",),
        GET,
    ),
    Case(
        "response-property-made-nullable-by-one-of",
        lambda s: _nullable_by_one_of(s, "Gadget", "label"),
        ("response property 'label' can now be null",),
        GET,
    ),
    Case(
        "response-property-type-changed",
        lambda s: set_in(prop(s, "Gadget", "weight"), type="string"),
        ("expected response body property 'weight' not to be expanded",),
        GET,
    ),
    Case(
        "response-enum-removed",
        lambda s: schema(s, "GadgetState").pop("enum"),
        ("cannot remove enum or const from response property state",),
        GET,
    ),
    Case(
        "response-status-code-changed",
        lambda s: set_in(
            operation(s, GADGETS, "post")["responses"],
            **{"200": operation(s, GADGETS, "post")["responses"].pop("201")},
        ),
        ("must not remove response status code 201",),
        CREATE,
    ),
    # Operations and paths.
    Case(
        "operation-removed",
        lambda s: s["paths"][GADGET].pop("delete"),
        ("cannot remove an operation",),
        ("DELETE /gadgets/{gadget_id}: removed",),
    ),
    Case(
        "path-removed",
        lambda s: s["paths"].pop(POLISH),
        ("cannot remove an operation",),
        ("POST /gadgets/{gadget_id}/polish: removed",),
    ),
    # Authentication: the SDK generated from the old spec no longer gets in.
    Case(
        "security-scheme-changed",
        lambda s: _api_key_scheme(s, "gadgetToken"),
        (
            "authentication changed: the operation took gadgetToken (HTTP bearer token)",
            "now takes gadgetToken (API key in header X-Api-Key)",
        ),
        LIST,
    ),
    Case(
        "operation-security-required",
        lambda s: operation(s, STATUS, "get").pop("security"),
        ("authentication changed: the operation took no credentials",),
        ("GET /workshop/status:",),
    ),
    Case(
        "operation-security-replaced",
        lambda s: (
            _api_key_scheme(s, "gadgetKey"),
            set_in(operation(s, GADGET, "patch"), security=[{"gadgetKey": []}]),
        ),
        ("now takes gadgetKey (API key in header X-Api-Key)",),
        UPDATE,
    ),
]

# Each additive kind, which passes with a minor version.
ADDITIVE = [
    Case(
        "request-optional-property-added",
        lambda s: set_in(schema(s, "GadgetCreate")["properties"], finish={"type": "string"}),
    ),
    Case("operation-added", _add_operation),
    Case("path-added", _add_path),
    Case(
        "response-only-enum-value-added",
        lambda s: schema(s, "GadgetState")["enum"].append("lost"),
    ),
    Case(
        "request-and-response-enum-value-added",
        lambda s: schema(s, "Colour")["enum"].append("yellow"),
    ),
    Case(
        "request-max-length-raised",
        lambda s: set_in(prop(s, "GadgetCreate", "name"), maxLength=120),
    ),
    Case(
        "request-minimum-lowered",
        lambda s: set_in(prop(s, "GadgetCreate", "quantity"), minimum=0),
    ),
    Case(
        "request-pattern-removed",
        lambda s: prop(s, "GadgetCreate", "name").pop("pattern"),
    ),
    Case(
        "request-max-items-removed",
        lambda s: prop(s, "GadgetCreate", "tags").pop("maxItems"),
    ),
    Case(
        "request-required-property-made-optional",
        lambda s: schema(s, "GadgetCreate").pop("required"),
    ),
    Case(
        "request-property-made-nullable",
        lambda s: set_in(prop(s, "GadgetCreate", "weight"), type=["number", "null"]),
    ),
    Case(
        "request-body-made-optional",
        lambda s: set_in(operation(s, GADGETS, "post")["requestBody"], required=False),
    ),
    Case(
        "optional-query-parameter-added",
        lambda s: add_parameter(
            s, GADGETS, "get", {"name": "q", "in": "query", "schema": {"type": "string"}}
        ),
    ),
    Case(
        "optional-header-parameter-added",
        lambda s: add_parameter(
            s, GADGET, "get", {"name": "X-Trace-Id", "in": "header", "schema": {"type": "string"}}
        ),
    ),
    Case(
        "query-parameter-limit-raised",
        lambda s: set_in(parameter(s, GADGETS, "get", "limit")["schema"], maximum=500),
    ),
    Case(
        "response-property-added",
        lambda s: set_in(
            schema(s, "Gadget")["properties"], polished_at={"type": "string", "format": "date-time"}
        ),
    ),
    Case(
        "response-property-made-required",
        lambda s: schema(s, "Gadget")["required"].append("description"),
    ),
    Case(
        "response-nullable-removed",
        lambda s: set_in(prop(s, "GadgetPage", "next_cursor"), type="string"),
    ),
    Case(
        "response-status-code-added",
        lambda s: set_in(
            operation(s, GADGETS, "post")["responses"],
            **{
                "409": {
                    "description": "A gadget of that name exists.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}
                    },
                }
            },
        ),
    ),
    Case(
        "operation-deprecated",
        lambda s: set_in(operation(s, POLISH, "post"), deprecated=True),
    ),
    Case(
        "security-alternative-added",
        lambda s: (
            _api_key_scheme(s, "gadgetKey"),
            s["security"].append({"gadgetKey": []}),
        ),
    ),
    Case(
        "descriptions-changed",
        lambda s: set_in(
            operation(s, GADGET, "get"), summary="Fetch one gadget", description="By id."
        ),
    ),
]
