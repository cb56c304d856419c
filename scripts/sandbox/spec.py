"""openapi.yaml, read into what the sandbox needs: operations, their inputs and their models.

Schemas that the spec names (`$ref: "#/components/schemas/X"`) are validated with the pydantic
model `kirimchat_pydantic.X` that datamodel-code-generator emitted from the same spec; inline
schemas (a header's length limits, say) with jsonschema. Either way a value is checked against
exactly what the spec says, and nothing here lists an operation by hand.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import email_validator
import jsonschema
import kirimchat_pydantic
import pydantic
import yaml

# The spec's `format: email` is JSON Schema's: the syntax of RFC 5321. The pydantic models'
# EmailStr (email-validator) also refuses addresses that are well formed but could not be
# delivered on the internet (`a@example.test`, `a@localhost`, a quoted local part), which a
# client may rightly send. The sandbox accepts what the spec accepts.
email_validator.SPECIAL_USE_DOMAIN_NAMES = []
email_validator.GLOBALLY_DELIVERABLE = False
email_validator.ALLOW_QUOTED_LOCAL = True
email_validator.ALLOW_DOMAIN_LITERAL = True

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF_PREFIX = "#/components/schemas/"
JSON = "application/json"
IDEMPOTENCY_KEY = "idempotency-key"
# Query and header values arrive as text; an inline schema of these types needs them parsed.
TEXT_PARSERS: dict[str, Callable[[str], Any]] = {"integer": int, "number": float}

Validator = Callable[[Any], Any]  # returns the validated value or raises ValueError


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path", "query" or "header"
    required: bool
    validate: Validator
    default: Any = None  # the schema's default, which an absent parameter takes


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # as in the spec, e.g. /contacts/{id}/labels
    parameters: tuple[Parameter, ...]
    body_model: type[pydantic.BaseModel] | None
    body_required: bool
    body_nullable: frozenset[str]  # the body's properties whose schema allows null
    success_status: int
    envelope_model: type[pydantic.BaseModel] | None
    public: bool = False  # `security: []`: no API key needed

    @property
    def idempotency_key(self) -> Parameter | None:
        """The `Idempotency-Key` header, where the operation declares one (writes by POST)."""
        return next(
            (
                p
                for p in self.parameters
                if p.location == "header" and p.name.lower() == IDEMPOTENCY_KEY
            ),
            None,
        )


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


def resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s until a node that is not a reference."""
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def model_for(schema: dict[str, Any]) -> type[pydantic.BaseModel] | None:
    """The generated pydantic model of a named schema; None for an inline one."""
    ref = schema.get("$ref", "")
    if not ref.startswith(SCHEMA_REF_PREFIX):
        return None
    model: type[pydantic.BaseModel] = getattr(kirimchat_pydantic, ref[len(SCHEMA_REF_PREFIX) :])
    return model


def value_validator(document: dict[str, Any], schema: dict[str, Any]) -> Validator:
    model = model_for(schema)
    if model is not None:
        # A TypeAdapter, as a named schema may be an enum rather than a model.
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(model)

        def validate_with_model(value: Any) -> Any:
            try:
                validated = adapter.validate_python(value)
            except pydantic.ValidationError as error:
                raise ValueError(error.errors()[0]["msg"]) from None
            if isinstance(validated, enum.Enum):
                return validated.value
            return getattr(validated, "root", validated)

        return validate_with_model

    resolved = resolve(document, schema)
    checker = jsonschema.Draft202012Validator(resolved)
    parse = TEXT_PARSERS.get(resolved.get("type", ""), str)

    def validate_with_jsonschema(value: Any) -> Any:
        try:
            parsed = parse(value)
        except ValueError:
            raise ValueError(f"must be of type {resolved['type']}") from None
        problem = jsonschema.exceptions.best_match(checker.iter_errors(parsed))
        if problem is not None:
            raise ValueError(problem.message)
        return parsed

    return validate_with_jsonschema


def allows_null(document: dict[str, Any], schema: dict[str, Any]) -> bool:
    schema = resolve(document, schema)
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    alternatives = [*schema.get("oneOf", []), *schema.get("anyOf", [])]
    return any(allows_null(document, alternative) for alternative in alternatives)


def operations(document: dict[str, Any]) -> list[Operation]:
    found = []
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                found.append(_operation(document, path, method, item[method], shared))
    return found


def _operation(
    document: dict[str, Any], path: str, method: str, node: dict[str, Any], shared: list[Any]
) -> Operation:
    parameters = tuple(
        Parameter(
            name=param["name"],
            location=param["in"],
            required=bool(param.get("required", False)),
            validate=value_validator(document, param["schema"]),
            default=resolve(document, param["schema"]).get("default"),
        )
        for param in (resolve(document, p) for p in [*shared, *node.get("parameters", [])])
    )
    body = resolve(document, node["requestBody"]) if "requestBody" in node else None
    body_schema = body["content"][JSON]["schema"] if body is not None else {}
    body_model = model_for(body_schema) if body is not None else None
    success_status, success = next(
        (int(status), resolve(document, response))
        for status, response in node["responses"].items()
        if str(status).startswith("2")
    )
    # None for a success without a body (a 204).
    content = success.get("content")
    envelope_model = model_for(content[JSON]["schema"]) if content else None
    if (content and envelope_model is None) or (body is not None and body_model is None):
        raise ValueError(f"{node['operationId']}: the sandbox needs named ($ref) body schemas")
    return Operation(
        operation_id=node["operationId"],
        method=method.upper(),
        path=path,
        parameters=parameters,
        body_model=body_model,
        body_required=bool(body and body.get("required", False)),
        body_nullable=frozenset(
            name
            for name, schema in resolve(document, body_schema).get("properties", {}).items()
            if allows_null(document, schema)
        ),
        success_status=success_status,
        envelope_model=envelope_model,
        public=node.get("security") == [],
    )
