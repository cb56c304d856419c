"""An OpenAPI 3.1 document, read into what the sandbox needs: operations, their inputs and
their responses, each with a validator made from the document's own schemas.

Values are validated with jsonschema (Draft 2020-12, OpenAPI 3.1's dialect) against the
schemas as written, `$ref`s resolved in the document, formats checked. So every rule of the
spec holds, whatever it is (enums by `$ref`, `oneOf`, nullable types, `uniqueItems`,
`additionalProperties` maps, a `pattern` beside `format: uri`), and nothing here names a
schema or lists an operation by hand. Parameters arrive as text and are parsed first by
their schema's type and the parameter's `style` and `explode` (OpenAPI's defaults: form and
exploded for a query, simple for a path or header).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import email_validator
import jsonschema
import yaml
from jsonschema.exceptions import ValidationError
from kirimchat._validation import ecma_regex as sdk_ecma_regex
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from scripts.generation.json_types import json_type

# The spec's `format: email` is JSON Schema's: the syntax of RFC 5321. email-validator's
# defaults also refuse addresses that are well formed but could not be delivered on the
# internet (`a@example.test`, `a@localhost`, a quoted local part), which a client may rightly
# send. The sandbox accepts what the spec accepts.
email_validator.SPECIAL_USE_DOMAIN_NAMES = []
email_validator.GLOBALLY_DELIVERABLE = False
email_validator.ALLOW_QUOTED_LOCAL = True
email_validator.ALLOW_DOMAIN_LITERAL = True

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON = "application/json"
SCHEMA_REF_PREFIX = "#/components/schemas/"
IDEMPOTENCY_KEY = "idempotency-key"
DOCUMENT_URI = "urn:kirimchat:openapi"  # where the validators find the document's schemas
# A parameter's text as an integer, a number, a boolean: JSON's spellings, nothing looser.
INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
BOOLEANS = {"true": True, "false": False}
# JSON's types, in the order a parameter's text is tried against them ("string" takes any).
JSON_TYPES = ("null", "boolean", "integer", "number", "array", "object", "string")
# How a non-exploded array is joined, by the parameter's `style`.
SEPARATORS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}

Validator = Callable[[Any], Any]  # returns the validated value or raises ValueError


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path", "query", "header" or "cookie"
    required: bool
    # Takes the text (a list of texts where `repeated`); the parsed, valid value or ValueError.
    validate: Validator
    default: Any = None  # the schema's default, which an absent parameter takes
    repeated: bool = False  # an exploded query array: `?id=a&id=b`


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # as in the spec, e.g. /contacts/{id}/labels
    parameters: tuple[Parameter, ...]
    body: Validator | None  # the JSON body's validator: raises jsonschema's ValidationError
    body_required: bool
    body_media_types: frozenset[str]  # what the operation takes, as declared
    success_status: int  # the lowest 2xx of the operation
    # The success body's validator; None when that response has no content (a 204, say).
    response: Validator | None
    response_has_request_id: bool  # whether the success body declares a `request_id`
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


# The SDK's translation, so that the sandbox and the SDK read every pattern alike (ECMA-262's
# `$`, ASCII `\d` and `\w`, Unicode `\s`); cached, as the sandbox checks the same few often.
ecma_regex = functools.lru_cache(maxsize=1024)(sdk_ecma_regex)


def _pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    if isinstance(instance, str) and not ecma_regex(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


SpecValidator = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": _pattern})
# Every format Draft 2020-12 defines that jsonschema can check (date, date-time, uuid, uri,
# email, ...); uri and date-time need rfc3986-validator and rfc3339-validator (pinned).
FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("email", raises=email_validator.EmailNotValidError)
def _is_email(instance: object) -> bool:
    if isinstance(instance, str):
        email_validator.validate_email(instance, check_deliverability=False)
    return True


class Schemas:
    """Validators of the document's schemas, resolving `$ref`s in the document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(DOCUMENT_URI, resource)

    def named(self, name: str) -> Validator:
        """The check of the document's schema `name` (`#/components/schemas/<name>`)."""
        if name not in self.document.get("components", {}).get("schemas", {}):
            raise LookupError(f"the spec has no schema {name!r} in components/schemas")
        return self.check({"$ref": SCHEMA_REF_PREFIX + name})

    def validator(self, schema: dict[str, Any]) -> Any:
        # The schema is validated on its own, so its local `$ref`s are made to name the
        # document; inside the document, they resolve against it as they are.
        return SpecValidator(_in_document(schema), registry=self.registry, format_checker=FORMATS)

    def check(self, schema: dict[str, Any]) -> Validator:
        """A validator that returns the value, or raises the most relevant ValidationError.

        A value that fits no branch of a `oneOf` or `anyOf` is named by where that choice is
        (the field `content`, not whichever branch's field came closest), with the words of
        the closest branch's complaint.
        """
        validator = self.validator(schema)

        def check(value: Any) -> Any:
            errors = list(validator.iter_errors(value))
            if not errors:
                return value
            problem = max(errors, key=jsonschema.exceptions.relevance)
            problem.message = jsonschema.exceptions.best_match([problem]).message
            raise self._discriminated(problem) or problem

        return check

    def _discriminated(self, problem: ValidationError) -> ValidationError | None:
        """For a `oneOf` told apart by a `discriminator`, the complaint the API makes: about
        the discriminating field when it is missing or unknown, else about the chosen branch."""
        discriminator = (
            problem.schema.get("discriminator") if problem.validator == "oneOf" else None
        )
        instance = problem.instance
        if not isinstance(discriminator, dict) or not isinstance(instance, dict):
            return None
        field = discriminator["propertyName"]
        # Without a mapping, a branch's tag is its schema's name.
        branches = discriminator.get("mapping") or {
            str(branch["$ref"]).rsplit("/", 1)[-1]: branch["$ref"]
            for branch in problem.schema["oneOf"]
            if "$ref" in branch
        }
        where = list(problem.absolute_path)
        tag = instance.get(field)
        if field not in instance:
            return ValidationError(
                f"{field!r} is a required property",
                validator="required",
                validator_value=[field],
                instance=instance,
                path=where,
            )
        if not isinstance(tag, str) or tag not in branches:
            return ValidationError(
                f"{tag!r} is not one of {sorted(branches)}", validator="enum", path=[*where, field]
            )
        chosen = self.validator({"$ref": branches[tag]})
        found = max(chosen.iter_errors(instance), key=jsonschema.exceptions.relevance, default=None)
        if found is None:
            return None
        found.message = jsonschema.exceptions.best_match([found]).message
        found.path.extendleft(reversed(where))
        return found

    def types(self, schema: dict[str, Any]) -> list[str]:
        """The JSON types a schema allows, most specific first ("string" last)."""
        schema = resolve(self.document, schema)
        declared = schema.get("type")
        if isinstance(declared, str):
            found = [declared]
        elif isinstance(declared, list):
            found = list(declared)
        elif "enum" in schema or "const" in schema:
            found = [json_type(value) for value in schema.get("enum", [schema.get("const")])]
        else:
            found = [
                kind
                for branch in [*schema.get("oneOf", []), *schema.get("anyOf", [])]
                for kind in self.types(branch)
            ]
            found.extend(kind for part in schema.get("allOf", []) for kind in self.types(part))
        return [kind for kind in JSON_TYPES if kind in found] or ["string"]

    def parameter(self, node: dict[str, Any]) -> Parameter:
        schema = node.get("schema", {})
        location = node["in"]
        style = node.get("style", "form" if location in ("query", "cookie") else "simple")
        explode = bool(node.get("explode", style == "form"))
        is_array = "array" in self.types(schema)
        items = resolve(self.document, schema).get("items", {})
        check = self.check(schema)

        def validate(raw: str | list[str]) -> Any:
            if is_array:
                texts = raw if isinstance(raw, list) else raw.split(SEPARATORS.get(style, ","))
                value: Any = [self.from_text(items, text) for text in texts]
            else:
                value = self.from_text(schema, raw if isinstance(raw, str) else raw[0])
            try:
                return check(value)
            except ValidationError as problem:
                raise ValueError(problem.message) from None

        return Parameter(
            name=node["name"],
            location=location,
            required=bool(node.get("required", False)),
            validate=validate,
            default=resolve(self.document, schema).get("default"),
            repeated=is_array and explode and location == "query",
        )

    def from_text(self, schema: dict[str, Any], text: str) -> Any:
        """The text as the first of the schema's types that reads it; else the text itself,
        which validation then refuses with the schema's own words."""
        for kind in self.types(schema):
            if kind == "boolean" and text in BOOLEANS:
                return BOOLEANS[text]
            if kind == "integer" and INTEGER.fullmatch(text):
                return int(text)
            if kind == "number" and NUMBER.fullmatch(text):
                return int(text) if INTEGER.fullmatch(text) else float(text)
        return text


def _in_document(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {
            key: DOCUMENT_URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _in_document(value)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_in_document(value) for value in schema]
    return schema


def operations(document: dict[str, Any]) -> list[Operation]:
    schemas = Schemas(document)
    found = []
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                found.append(_operation(schemas, path, method, item[method], shared))
    return found


def _operation(
    schemas: Schemas, path: str, method: str, node: dict[str, Any], shared: list[Any]
) -> Operation:
    document = schemas.document
    # An operation's own parameter replaces a path-level one of the same name and location.
    by_key = {
        (param["name"], param["in"]): param
        for param in (resolve(document, p) for p in [*shared, *node.get("parameters", [])])
    }
    body = resolve(document, node["requestBody"]) if "requestBody" in node else None
    content = body.get("content", {}) if body is not None else {}
    body_schema = content.get(JSON, {}).get("schema")
    successes = {
        _status(code): resolve(document, response)
        for code, response in node.get("responses", {}).items()
        if str(code).startswith("2")
    }
    success_status = min(successes, default=200)
    success = successes.get(success_status, {})
    success_schema = success.get("content", {}).get(JSON, {}).get("schema")
    properties = resolve(document, success_schema or {}).get("properties", {})
    return Operation(
        operation_id=node["operationId"],
        method=method.upper(),
        path=path,
        parameters=tuple(schemas.parameter(param) for param in by_key.values()),
        body=None if body_schema is None else schemas.check(body_schema),
        body_required=bool(body and body.get("required", False)),
        body_media_types=frozenset(content),
        success_status=success_status,
        response=None if success_schema is None else schemas.check(success_schema),
        response_has_request_id="request_id" in properties,
        public=node.get("security") == [],
    )


def _status(code: str | int) -> int:
    """A response's status; a range (`2XX`) stands for its first."""
    return int(str(code).upper().replace("X", "0"))


def jsonable(value: Any) -> Any:
    """A handler's fields as JSON values: date-times in RFC 3339, UTC written `Z`."""

    def convert(item: Any) -> Any:
        if isinstance(item, datetime | date):
            return item.isoformat().replace("+00:00", "Z")
        raise TypeError(f"the sandbox cannot send a {type(item).__name__} as JSON: {item!r}")

    return json.loads(json.dumps(value, default=convert))


def parse_json(raw: bytes) -> Any:
    """A JSON text as Python, refusing what JSON does not allow (NaN, Infinity)."""

    def refuse(constant: str) -> Any:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(raw, parse_constant=refuse)
