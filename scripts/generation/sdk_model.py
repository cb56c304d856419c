"""What our own templates need to know about the API, computed once from the spec.

openapi-python-client's parsed data gives Python names and types; the raw spec gives what the
generator drops (patterns, lengths, enums, servers, tags' descriptions). Templates stay simple
because the decisions are made here, in plain Python:

- resources: one per tag, exposed as ``client.<tag>``;
- operations: facade argument names (a path ``id`` whose schema is ``ContactId`` becomes
  ``contact_id``), body fields flattened into keyword arguments, the success model;
- rules: every schema of the spec as a Python expression of ``kirimchat._validation`` rule
  objects, so that the client enforces each pattern, length and enum before sending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty

from .spec import Spec

SCHEMA_REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


Where = tuple[str | int, ...]  # a path in the spec, e.g. ("paths", "/a", "get", "responses")


class ModelError(Exception):
    """The spec uses something the generator cannot express: what, and where in the spec."""

    def __init__(self, where: Where, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


@dataclass
class Param:
    api_name: str  # as sent on the wire: "id", "Idempotency-Key"
    location: str  # path, query or header
    python_name: str  # the generated low-level function's argument
    facade_name: str  # the resource method's argument
    type_string: str
    required: bool
    description: str
    rule: str  # a kirimchat._validation expression
    explode: bool = True
    deprecated: bool = False


@dataclass
class Success:
    """One 2xx response: its model, or none when it has no body."""

    status: int
    prop: ModelProperty | None  # None for no body, and for a union of models
    rule: str | None
    models: list[tuple[str, str]] = field(default_factory=list)  # (class, module) it may be

    @property
    def class_name(self) -> str | None:
        """The result's type: a model, a union of models (``A | B``), or None."""
        return " | ".join(name for name, _ in self.models) or None

    @property
    def parser(self) -> str:
        """A Python expression of the function that reads the decoded body."""
        parsers = [f"{name}.from_dict" for name, _ in self.models]
        if len(parsers) == 1:
            return parsers[0]
        return f"any_of({', '.join(parsers)})"


@dataclass
class BodyField:
    name: str
    python_name: str
    type_string: str
    required: bool
    description: str
    model_class: str | None = None  # a model field also accepts a plain mapping


@dataclass
class Page:
    """A cursor-paginated list: ``data`` items, ``has_more``, ``next_cursor``, ``request_id``."""

    item_class: str
    item_module: str
    cursor_param: str  # the low-level function's argument that takes the cursor


@dataclass
class BulkHelper:
    name: str  # the resource method, e.g. bulk_attach_label
    summary: str
    fixed: dict[str, Any]  # body fields the helper sets, e.g. {"operation": "attach"}


@dataclass
class Bulk:
    """``x-kirimchat-bulk``: helpers that split a list field into requests of ``chunk_size``."""

    items_field: str
    chunk_size: int
    arguments: list[BodyField]  # the body fields the caller still gives, before the items
    helpers: list[BulkHelper]
    result_class: str  # the data model of the response, whose integer fields are summed
    result_module: str
    counters: list[str]


@dataclass
class Operation:
    endpoint: Endpoint
    name: str  # Python name, from operationId
    operation_id: str
    method: str
    path: str
    summary: str
    description: str
    params: list[Param]
    body_class: str | None
    body_module: str | None
    body_fields: list[BodyField]
    responses: list[Success]
    rules_name: str  # the prefix of its constants in kirimchat._rules
    body_rule: str | None
    body_whole: BodyField | None = None  # a body that is not one object: one `body` argument
    deprecated: bool = False
    resource_attribute: str = ""
    body_imports: list[str] = field(default_factory=list)
    method_name: str = ""  # the resource method: `list` for listLabels on the Labels tag
    page: Page | None = None
    bulk: Bulk | None = None

    @property
    def result_type(self) -> str:
        """What a call returns: the model of each success status, ``None`` for no body."""
        names = list(dict.fromkeys(r.class_name or "None" for r in self.responses))
        if "None" in names:  # last, as people write it
            names = [n for n in names if n != "None"] + ["None"]
        return " | ".join(names)

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]

    @property
    def other_params(self) -> list[Param]:
        return [p for p in self.params if p.location != "path"]


@dataclass
class Resource:
    """The operations of one tag, exposed as ``client.<attribute>``."""

    tag: str
    module: str  # resources/<module>.py and the generated api/<module>/ package
    attribute: str
    class_name: str
    description: str
    operations: list[Operation] = field(default_factory=list)


@dataclass
class SchemaRule:
    constant: str  # the Python constant in kirimchat._rules
    name: str  # the component's name
    expression: str
    depends_on: list[str]


@dataclass
class WebhookEvent:
    """One event of the spec's ``webhooks:`` section whose payload is a component schema."""

    type: str  # the key under ``webhooks:``, e.g. ``message.status``
    model_class: str
    model_module: str
    rule: str  # its schema's constant in kirimchat._rules


@dataclass(frozen=True)
class Auth:
    """How the client sends its API key: ``{header}: {prefix}{key}``."""

    header: str
    prefix: str


@dataclass
class Sdk:
    title: str
    version: str
    base_url: str
    resources: list[Resource]
    schema_rules: list[SchemaRule]
    webhook_events: list[WebhookEvent] = field(default_factory=list)
    auth: Auth = field(default_factory=lambda: Auth("Authorization", "Bearer "))

    @property
    def operations(self) -> list[Operation]:
        return [op for resource in self.resources for op in resource.operations]

    def operation_for(self, endpoint: Endpoint) -> Operation:
        """The Operation of one of openapi-python-client's endpoints."""
        for op in self.operations:
            if op.path == text(endpoint.path) and op.method == endpoint.method:
                return op
        raise ModelError(("paths", text(endpoint.path)), f"no operation for {endpoint.method}")

    @staticmethod
    def resource_imports(resource: Resource) -> list[str]:
        """The model imports a resource module needs, relative to kirimchat/resources/."""
        lines: set[str] = set()
        for op in resource.operations:
            for line in op.endpoint.relative_imports:
                if line.startswith("from ...models."):
                    lines.add(line.replace("from ...models.", "from ..models.", 1))
            for success in op.responses:
                for name, module in success.models:
                    lines.add(f"from ..models.{module} import {name}")
            if op.body_module:
                lines.add(f"from ..models.{op.body_module} import {op.body_class}")
            lines.update(op.body_imports)
            if op.page:
                lines.add(f"from ..models.{op.page.item_module} import {op.page.item_class}")
            if op.bulk:
                lines.add(f"from ..models.{op.bulk.result_module} import {op.bulk.result_class}")
        return sorted(lines)


def build(spec: Spec, data: GeneratorData) -> Sdk:
    servers = spec.data.get("servers") or [{"url": "http://localhost"}]
    tags = {t["name"]: t for t in spec.data.get("tags", [])}
    raw_operations = _raw_operations(spec)
    resources = []
    for module, collection in sorted(data.endpoint_collections_by_tag.items()):
        tag = next((name for name in tags if str(module) == snake(name)), str(module))
        operations = [
            _operation(spec, endpoint, raw_operations[(text(endpoint.path), endpoint.method)])
            for endpoint in collection.endpoints
        ]
        for op in operations:
            op.resource_attribute = str(module)
            op.method_name = method_name(op.name, str(module))
        names = [op.method_name for op in operations]
        clash = {n for n in names if names.count(n) > 1}
        if clash:
            raise ModelError(
                ("tags",), f"{tag}: several operations would be called {sorted(clash)}"
            )
        resources.append(
            Resource(
                tag=tag,
                module=str(module),
                attribute=str(module),
                class_name=pascal(str(module)),
                description=tags.get(tag, {}).get("description", "").strip(),
                operations=operations,
            )
        )
    return Sdk(
        title=spec.data["info"]["title"],
        version=spec.data["info"]["version"],
        base_url=servers[0]["url"],
        resources=resources,
        schema_rules=_schema_rules(spec),
        webhook_events=_webhook_events(spec, data),
        auth=_auth(spec),
    )


def _auth(spec: Spec) -> Auth:
    """The API key's header, from the scheme the spec's top-level ``security`` names first
    (else its only scheme): an HTTP bearer token, or an API key in a header."""
    schemes = spec.data.get("components", {}).get("securitySchemes", {})
    required = [name for requirement in spec.data.get("security", []) for name in requirement]
    names = required or list(schemes)
    if not names:
        return Auth("Authorization", "Bearer ")  # a spec without authentication: the default
    name = names[0]
    scheme = schemes.get(name)
    where = ("components", "securitySchemes", name)
    if not isinstance(scheme, dict):
        raise ModelError(("security",), f"names {name!r}, which components.securitySchemes lacks")
    kind = scheme.get("type")
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return Auth("Authorization", "Bearer ")
    if kind == "apiKey" and scheme.get("in") == "header" and scheme.get("name"):
        return Auth(str(scheme["name"]), "")
    raise ModelError(
        where,
        "only an HTTP bearer token or an API key in a header is supported, not "
        + (f"{kind} {scheme.get('scheme') or scheme.get('in') or ''}".strip()),
    )


def _webhook_events(spec: Spec, data: GeneratorData) -> list[WebhookEvent]:
    """The typed events of ``webhooks:``: each POST body that refers to a component schema.

    An event whose payload is written inline has no model (openapi-python-client renders
    component schemas only); the SDK returns it untyped, as any event it does not know.
    """
    prefix = "/components/schemas/"  # how the generator names the models of components
    models = {
        text(model.name).removeprefix(prefix): model
        for model in data.models
        if text(model.name).startswith(prefix)
    }
    events = []
    for event_type, item in sorted((spec.data.get("webhooks") or {}).items()):
        content = spec.resolve((item.get("post") or {}).get("requestBody") or {}).get("content")
        schema = ((content or {}).get("application/json") or {}).get("schema") or {}
        ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
        name = ref.removeprefix("#/components/schemas/")
        if ref.startswith("#/components/schemas/") and name in models:
            info = models[name].class_info
            events.append(
                WebhookEvent(event_type, info.name, info.module_name, rule_constant(name))
            )
    return events


def text(value: Any) -> str:
    """The plain text of the generator's strings (it wraps spec text in UntrustedString)."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return getter() if getter else str(value)


def snake(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake(name).split("_"))


def method_name(operation: str, resource: str) -> str:
    """``list_labels`` on ``labels`` is ``list``: the resource already says what is listed."""
    operation = snake(operation)
    # The singular of `labels` is `label`, of `webhook_deliveries` `webhook_delivery`.
    singular = (
        resource[: -len("ies")] + "y" if resource.endswith("ies") else resource.removesuffix("s")
    )
    nouns = (resource, singular)
    for noun in nouns:
        if operation.endswith("_" + noun) and operation != noun:
            return operation.removesuffix("_" + noun)
    return operation


def facade_type(type_string: str) -> str:
    """A type as written inside a resource class, whose ``list`` method hides the builtin.

    Dates, times and UUIDs may also be given as text, which is checked against the format.
    """
    type_string = re.sub(r"\blist\[", "builtins.list[", type_string)
    type_string = re.sub(r"\bLiteral\[(\w+)\]", r'Literal["\1"]', type_string)
    return re.sub(r"\b(datetime\.datetime|datetime\.date|UUID)\b", r"\1 | str", type_string)


def _raw_operations(spec: Spec) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for path, item in spec.data.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                operation = dict(item[method])
                operation["parameters"] = shared + operation.get("parameters", [])
                found[(path, method)] = operation
    return found


def _operation(spec: Spec, endpoint: Endpoint, raw: dict[str, Any]) -> Operation:
    where: Where = ("paths", text(endpoint.path), endpoint.method)
    raw_params = {}
    for param in raw["parameters"]:
        param = spec.resolve(param)
        raw_params[(param["in"], param["name"])] = param
    cookies = [name for location, name in raw_params if location == "cookie"]
    if cookies:
        raise ModelError((*where, "parameters"), f"cookie parameters are not supported: {cookies}")
    params = []
    for location, props in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
    ):
        for prop in props:
            raw_param = raw_params[(location, text(prop.name))]
            schema = raw_param.get("schema", {})
            facade = str(prop.python_name)
            ref = schema.get("$ref", "")
            if location == "path" and text(prop.name) == "id" and ref.startswith(SCHEMA_REF):
                facade = snake(ref.removeprefix(SCHEMA_REF))
            params.append(
                Param(
                    api_name=text(prop.name),
                    location=location,
                    python_name=str(prop.python_name),
                    facade_name=facade,
                    type_string=facade_type(prop.get_type_string().as_unembedded_code()),
                    required=bool(prop.required),
                    description=_describe_schema(
                        spec, {**schema, "description": raw_param.get("description")}
                    ),
                    rule=_rule(spec, schema, (*where, "parameters", text(prop.name), "schema")),
                    explode=bool(
                        raw_param.get("explode", raw_param.get("style", "form") == "form")
                    ),
                    deprecated=bool(raw_param.get("deprecated")),
                )
            )
    body_class = body_module = None
    body_whole: BodyField | None = None
    body_fields: list[BodyField] = []
    body_imports: list[str] = []
    if len(endpoint.bodies) > 1:
        raise ModelError((*where, "requestBody"), "several request content types; one is supported")
    if endpoint.bodies:
        body = endpoint.bodies[0]
        if not isinstance(body.prop, ModelProperty) or not _properties(body.prop):
            # A union, or a map with no named fields: there are no fields to flatten.
            body_whole, body_imports = _whole_body(spec, body.prop, raw, where)
        else:
            body_class = body.prop.class_info.name
            body_module = body.prop.class_info.module_name
            body_imports = sorted(
                line
                for line in set(body.prop.relative_imports or ())
                | set(body.prop.lazy_imports or ())
                if line.startswith("from ..models.")
            )
            raw_properties = _raw_body_properties(spec, raw)
            for prop in _properties(body.prop):
                raw_property = raw_properties.get(text(prop.name), {})
                if spec.resolve(raw_property).get("readOnly") or raw_property.get("readOnly"):
                    continue  # the API sets it; a request must not
                body_field = _body_field(prop)
                body_field.description = (
                    _describe_schema(spec, raw_property) or body_field.description
                )
                body_fields.append(body_field)
    responses = _responses(spec, endpoint, raw, where)
    body_schema = raw.get("requestBody", {}) and spec.resolve(raw["requestBody"]).get("content", {})
    body_rule = None
    if body_schema:
        (media,) = body_schema.values()
        body_rule = _rule(spec, media.get("schema", {}), (*where, "requestBody"))
    operation = Operation(
        endpoint=endpoint,
        name=str(endpoint.name),
        operation_id=raw["operationId"],
        method=endpoint.method,
        path=text(endpoint.path),
        summary=text(endpoint.summary),
        description=text(endpoint.description),
        params=params,
        body_class=body_class,
        body_module=body_module,
        body_fields=body_fields,
        responses=responses,
        rules_name=snake(str(endpoint.name)).upper(),
        body_rule=body_rule,
        body_imports=body_imports,
        body_whole=body_whole,
        deprecated=bool(raw.get("deprecated")),
    )
    first = next((r.prop for r in responses if r.prop is not None), None)
    if first is not None and len(responses) == 1:
        operation.page = _page(first, params)
    if "x-kirimchat-bulk" in raw:
        operation.bulk = _bulk(raw["x-kirimchat-bulk"], operation, spec, where)
    return operation


def _responses(spec: Spec, endpoint: Endpoint, raw: dict[str, Any], where: Where) -> list[Success]:
    """The 2xx responses of an operation, each with its model (or none: no body)."""
    found = []
    for status, response in sorted(raw["responses"].items()):
        if not str(status).startswith("2"):
            continue
        if not str(status).isdigit():
            raise ModelError((*where, "responses", status), "give each success status exactly")
        content = spec.resolve(response).get("content") or {}
        if not content:
            found.append(Success(int(status), None, None))
            continue
        media = [m for m in content if m == "application/json" or m.endswith("+json")]
        if len(media) != 1 or len(content) != 1:
            raise ModelError(
                (*where, "responses", status, "content"),
                f"a success body must be application/json, not {sorted(content)}",
            )
        pattern = next(
            (r for r in endpoint.responses.patterns if str(r.status_code.pattern) == str(status)),
            None,
        )
        models = _model_infos(pattern.prop) if pattern is not None else []
        if pattern is None or not models:
            raise ModelError(
                (*where, "responses", status, "content"),
                "the success body must be an object schema",
            )
        schema = content[media[0]].get("schema", {})
        rule = _rule(spec, schema, (*where, "responses", status, "content", media[0], "schema"))
        model = pattern.prop if isinstance(pattern.prop, ModelProperty) else None
        found.append(Success(int(status), model, rule, models))
    if not found:
        raise ModelError((*where, "responses"), "no success (2xx) response is described")
    return found


def _whole_body(
    spec: Spec, prop: Any, raw: dict[str, Any], where: Where
) -> tuple[BodyField, list[str]]:
    """A body that is a union of models: the facade takes it whole, as ``body``."""
    models = _model_infos(prop)
    if not models:
        raise ModelError(
            (*where, "requestBody"), "the request body must be an object or a union of objects"
        )
    whole = _body_field(prop)
    whole.name = whole.python_name = "body"
    whole.required = True
    content: dict[str, Any] = spec.resolve(raw["requestBody"]).get("content", {})
    media: dict[str, Any] = next(iter(content.values()), {})
    whole.description = _describe_schema(spec, media.get("schema", {})) or "the request body"
    imports = sorted({f"from ..models.{module} import {name}" for name, module in models})
    return whole, imports


def _model_infos(prop: Any) -> list[tuple[str, str]]:
    if isinstance(prop, ModelProperty):
        return [(prop.class_info.name, prop.class_info.module_name)]
    found = []
    for branch in getattr(prop, "inner_properties", None) or []:
        found += _model_infos(branch)
    return found


def _raw_body_properties(spec: Spec, raw: dict[str, Any]) -> dict[str, Any]:
    content: dict[str, Any] = spec.resolve(raw["requestBody"]).get("content", {})
    media: dict[str, Any] = next(iter(content.values()), {})
    schema: dict[str, Any] = spec.resolve(media.get("schema", {}))
    properties: dict[str, Any] = schema.get("properties", {})
    return properties


def _describe_schema(spec: Spec, schema: dict[str, Any]) -> str:
    """A property's description for docstrings: its own (also beside a ``$ref``), else its
    schema's; with its default value, when the spec gives one."""
    resolved: dict[str, Any] = spec.resolve(schema) if isinstance(schema, dict) else {}
    own = schema.get("description") if isinstance(schema, dict) else None
    description = " ".join((own or resolved.get("description") or "").split())
    default = schema.get("default", resolved.get("default")) if isinstance(schema, dict) else None
    if default is not None:
        description = f"{description} Default: ``{default!r}``.".strip()
    if schema.get("deprecated") or resolved.get("deprecated"):
        description = f"Deprecated. {description}".strip()
    return description


def _body_field(prop: Any) -> BodyField:
    type_string = facade_type(prop.get_type_string().as_unembedded_code())
    models = _model_classes(prop)
    if models:
        # Callers may pass a plain dict wherever a model goes, as they would write the JSON.
        last = max(type_string.rfind(name) + len(name) for name in models)
        type_string = f"{type_string[:last]} | Mapping[str, Any]{type_string[last:]}"
    return BodyField(
        name=text(prop.name),
        python_name=str(prop.python_name),
        type_string=type_string,
        required=bool(prop.required),
        description=" ".join(text(prop.description).split()),
        model_class=models[0] if models else None,
    )


def _model_classes(prop: Any) -> list[str]:
    """The model classes a property's value may be: itself, its union's, its list items'."""
    if isinstance(prop, ModelProperty):
        return [prop.class_info.name]
    inner = getattr(prop, "inner_property", None)
    if inner is not None:
        return _model_classes(inner)
    found = []
    for branch in getattr(prop, "inner_properties", None) or []:
        found += _model_classes(branch)
    return found


def _properties(model: ModelProperty) -> list[Any]:
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _page(envelope: ModelProperty, params: list[Param]) -> Page | None:
    """Paging information when the response is a list envelope and a ``cursor`` is accepted."""
    props = {str(p.python_name): p for p in _properties(envelope)}
    cursor = next((p for p in params if p.api_name == "cursor" and p.location == "query"), None)
    data = props.get("data")
    if (
        cursor is None
        or data is None
        or not {"has_more", "next_cursor", "request_id"} <= props.keys()
    ):
        return None
    item = getattr(data, "inner_property", None)
    if not isinstance(item, ModelProperty):
        return None
    return Page(item.class_info.name, item.class_info.module_name, cursor.python_name)


def _bulk(declaration: dict[str, Any], op: Operation, spec: Spec, where: Where) -> Bulk:
    where = (*where, "x-kirimchat-bulk")
    fields = {f.name: f for f in op.body_fields}
    items = declaration.get("items")
    if items not in fields:
        raise ModelError(where, f"items must name an array field of the body, not {items!r}")
    body_schema = spec.resolve(
        next(iter(spec.resolve(op_raw_body(spec, op)).get("content", {}).values()))["schema"]
    )
    chunk_size = spec.resolve(body_schema["properties"][items]).get("maxItems")
    if not isinstance(chunk_size, int):
        raise ModelError(where, f"the field {items} needs a maxItems, the size of each request")
    helpers = []
    fixed_names: set[str] = set()
    for name, helper in declaration.get("helpers", {}).items():
        fixed = {k: v for k, v in helper.items() if k != "summary"}
        unknown = set(fixed) - set(fields)
        if unknown:
            raise ModelError((*where, "helpers", name), f"not body fields: {sorted(unknown)}")
        fixed_names |= set(fixed)
        helpers.append(BulkHelper(name, helper.get("summary", ""), fixed))
    arguments = [f for f in op.body_fields if f.required and f.name not in fixed_names | {items}]
    success = next(r.prop for r in op.responses if r.prop is not None)
    data = next((p for p in _properties(success) if str(p.python_name) == "data"), None)
    if not isinstance(data, ModelProperty):
        raise ModelError(where, "the success response needs a `data` object to sum the counts of")
    counters = [
        str(p.python_name)
        for p in data.required_properties or []
        if p.get_type_string().as_unembedded_code() == "int"
    ]
    return Bulk(
        items,
        chunk_size,
        arguments,
        helpers,
        data.class_info.name,
        data.class_info.module_name,
        counters,
    )


def op_raw_body(spec: Spec, op: Operation) -> Any:
    for method_item in spec.data["paths"][op.path].values():
        if isinstance(method_item, dict) and method_item.get("operationId") == op.operation_id:
            return method_item["requestBody"]
    raise ModelError(("paths", op.path), f"{op.operation_id}: no request body")


# --- validation rules ------------------------------------------------------------------------

_STRING_KEYWORDS = {
    "pattern": "pattern",
    "minLength": "min_length",
    "maxLength": "max_length",
    "format": "format",
}
_NUMBER_KEYWORDS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
}
_ARRAY_KEYWORDS = {"minItems": "min_items", "maxItems": "max_items", "uniqueItems": "unique_items"}
_OBJECT_KEYWORDS = {"minProperties": "min_properties", "maxProperties": "max_properties"}
_TYPES = {"string", "integer", "number", "boolean", "array", "object", "null"}
# Constraints the client cannot check yet: a spec using one fails generation, naming it,
# rather than getting a client that silently lets what it forbids through.
UNSUPPORTED = (
    "not",
    "if",
    "then",
    "else",
    "patternProperties",
    "propertyNames",
    "dependentRequired",
    "dependentSchemas",
    "contains",
    "prefixItems",
    "unevaluatedProperties",
    "unevaluatedItems",
    "multipleOf",
    "$dynamicRef",
)


def _schema_rules(spec: Spec) -> list[SchemaRule]:
    """One named rule per component schema, ordered so that each follows what it uses."""
    schemas = spec.data.get("components", {}).get("schemas", {})
    rules = {}
    for name, schema in schemas.items():
        expression = _rule(spec, schema, ("components", "schemas", name), top=True)
        depends = sorted(
            set(re.findall(r"\b([A-Z][A-Z0-9_]*)\b", expression)) & _constants(schemas)
        )
        rules[name] = SchemaRule(rule_constant(name), name, expression, depends)
    ordered: list[SchemaRule] = []
    placed: set[str] = set()
    while len(ordered) < len(rules):
        ready = [
            r for r in rules.values() if r.constant not in placed and set(r.depends_on) <= placed
        ]
        if not ready:
            cycle = sorted(r.name for r in rules.values() if r.constant not in placed)
            raise ModelError(
                ("components", "schemas", cycle[0]), f"recursive schemas are not supported: {cycle}"
            )
        for rule in ready:
            ordered.append(rule)
            placed.add(rule.constant)
    return ordered


def rule_constant(schema_name: str) -> str:
    return snake(schema_name).upper()


def _constants(schemas: dict[str, Any]) -> set[str]:
    return {rule_constant(name) for name in schemas}


def _ref_name(ref: str, where: Where) -> str:
    if not ref.startswith(SCHEMA_REF):
        raise ModelError(
            (*where, "$ref"), f"only references to components/schemas are supported: {ref}"
        )
    return ref.removeprefix(SCHEMA_REF)


def _rule(spec: Spec, schema: Any, where: Where, top: bool = False) -> str:
    """A Python expression building the rule for ``schema``; references become constants."""
    if not isinstance(schema, dict):
        return "Anything()"
    for keyword in UNSUPPORTED:
        if keyword in schema:
            raise ModelError((*where, keyword), f"`{keyword}` is not supported by the generator")
    if "$ref" in schema and not top:
        reference = rule_constant(_ref_name(schema["$ref"], where))
        # Beside a $ref (OpenAPI 3.1) only annotations are expected; constraints combine.
        rest = {k: v for k, v in schema.items() if k != "$ref" and k not in _ANNOTATIONS}
        if not rest:
            return reference
        return f"AllOf(({reference}, {_rule(spec, rest, where)}))"
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            return _union(spec, schema, keyword, where)
    if "allOf" in schema:
        parts = [
            _rule(spec, part, (*where, "allOf", index))
            for index, part in enumerate(schema["allOf"])
        ]
        own = {k: v for k, v in schema.items() if k != "allOf" and k not in _ANNOTATIONS}
        if own:
            parts.append(_rule(spec, own, where))
        return f"AllOf(({', '.join(parts)},))"
    if "const" in schema:
        return f"Const({schema['const']!r})"
    types = schema.get("type")
    type_list = [types] if isinstance(types, str) else list(types or [])
    nullable = "null" in type_list
    type_list = [t for t in type_list if t != "null"]
    unknown = set(type_list) - _TYPES
    if unknown:
        raise ModelError((*where, "type"), f"unknown type {sorted(unknown)}")
    enum = schema.get("enum")
    if enum is not None and not all(isinstance(v, str) or v is None for v in enum):
        return f"Const({', '.join(map(repr, enum))})"
    if not type_list:
        if enum is not None:
            type_list = ["string"]
        elif "properties" in schema:
            type_list = ["object"]
        else:
            return "Anything()"
    if len(type_list) > 1:
        branches = [_rule(spec, {**schema, "type": t}, where) for t in type_list]
        suffix = ", nullable=True" if nullable else ""
        return f"OneOf(({', '.join(branches)},){suffix})"
    return _typed_rule(spec, schema, type_list[0], nullable, where)


# Keywords that describe a schema without constraining its values.
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "summary",
        "example",
        "examples",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
        "externalDocs",
        "xml",
    }
)


def _union(spec: Spec, schema: dict[str, Any], keyword: str, where: Where) -> str:
    """``oneOf``/``anyOf``: ``[X, null]`` is a nullable X; a discriminator picks by a field."""
    branches = schema[keyword]
    others = [b for b in branches if not (isinstance(b, dict) and b.get("type") == "null")]
    nullable = len(others) < len(branches)
    rules = [_rule(spec, b, (*where, keyword, i)) for i, b in enumerate(branches) if b in others]
    if len(rules) == 1:
        return f"Nullable({rules[0]})" if nullable else rules[0]
    args = [f"({', '.join(rules)},)"]
    discriminator = schema.get("discriminator")
    if discriminator:
        where = (*where, "discriminator")
        args.append(f"discriminator={discriminator['propertyName']!r}")
        mapping = {
            value: rule_constant(_ref_name(ref, (*where, "mapping", value)))
            for value, ref in (discriminator.get("mapping") or {}).items()
        }
        # Without a mapping, a branch's schema name is its discriminator value.
        for index, branch in enumerate(others):
            if not isinstance(branch, dict) or "$ref" not in branch:
                raise ModelError(
                    (*where[:-1], keyword, index), "a discriminated branch must be a $ref"
                )
            name = _ref_name(branch["$ref"], (*where[:-1], keyword, index))
            if rule_constant(name) not in mapping.values():
                mapping[name] = rule_constant(name)
        entries = ", ".join(f"{value!r}: {rule}" for value, rule in mapping.items())
        args.append(f"mapping={{{entries}}}")
    if nullable:
        args.append("nullable=True")
    return f"OneOf({', '.join(args)})"


def _typed_rule(spec: Spec, schema: dict[str, Any], kind: str, nullable: bool, where: Where) -> str:
    args: list[str] = []
    if kind == "string":
        args += _keyword_args(schema, _STRING_KEYWORDS)
        if "enum" in schema:
            args.append(f"enum={tuple(v for v in schema['enum'] if v is not None)!r}")
        call = "String"
    elif kind in ("integer", "number"):
        args += _keyword_args(schema, _NUMBER_KEYWORDS)
        call = "Integer" if kind == "integer" else "Number"
    elif kind == "boolean":
        call = "Boolean"
    elif kind == "array":
        items = _rule(spec, schema.get("items", {}), (*where, "items"))
        args.append(f"items={items}")
        args += _keyword_args(schema, _ARRAY_KEYWORDS)
        call = "Array"
    else:
        args += _object_args(spec, schema, where)
        call = "Object"
    if nullable:
        args.append("nullable=True")
    return f"{call}({', '.join(args)})"


def _object_args(spec: Spec, schema: dict[str, Any], where: Where) -> list[str]:
    properties = schema.get("properties", {})
    fields = ", ".join(
        f"{name!r}: {_rule(spec, sub, (*where, 'properties', name))}"
        for name, sub in properties.items()
    )
    args = [f"properties={{{fields}}}"]
    required = tuple(schema.get("required", []))
    if required:
        args.append(f"required={required!r}")
    additional = schema.get("additionalProperties")
    if additional is False:
        args.append("closed=True")
    elif isinstance(additional, dict) and additional:
        args.append(f"additional={_rule(spec, additional, (*where, 'additionalProperties'))}")
    args += _keyword_args(schema, _OBJECT_KEYWORDS)
    for keyword, python in (
        ("readOnly", "read_only"),
        ("writeOnly", "write_only"),
        ("deprecated", "deprecated"),
    ):
        names = tuple(
            name
            for name, sub in properties.items()
            if isinstance(sub, dict) and spec.resolve(sub).get(keyword) is True
        )
        if names:
            args.append(f"{python}={names!r}")
    return args


def _keyword_args(schema: dict[str, Any], keywords: dict[str, str]) -> list[str]:
    return [f"{python}={schema[json]!r}" for json, python in keywords.items() if json in schema]
