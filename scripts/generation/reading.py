"""What our own templates need to know about the API, read once from the spec.

This is the only module that touches openapi-python-client's internals; each touch point says
why (search for "openapi-python-client:"). Everything it decides is plain data for the
templates, so that they hold what varies with the spec and nothing else:

- resources: one per tag, exposed as ``client.<tag>``;
- operations: method, path, each parameter and where it goes, the body (its fields flattened
  into keyword arguments, typed by the TypedDicts of ``request_types``), each success status and
  its model, pagination and bulk helpers; the checks of each value come from ``rules``;
- which response models to render: the request side is ``kirimchat.params``, never models.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty

from . import rules
from .names import identifier, pascal, snake
from .request_types import RequestTypes, body_component
from .rules import ModelError as ModelError  # raised here too, for the spec's problems
from .rules import SchemaRule
from .spec import PathParts as Where
from .spec import Spec

SCHEMA_REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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
    source: Any = field(default=None, repr=False, compare=False)  # openapi-python-client's


@dataclass
class Success:
    """One 2xx response: its model, or none when it has no body."""

    status: int
    prop: ModelProperty | None  # None for no body, and for a union of models
    rule: str | None
    models: list[tuple[str, str]] = field(default_factory=list)  # (class, module) it may be
    source: Any = field(default=None, repr=False)  # openapi-python-client's property of it
    envelope: bool = False  # the body is ``{"data": <models>, "request_id": ...}``: return data

    @property
    def class_name(self) -> str | None:
        """The result's type: a model, a union of models (``A | B``), or None."""
        return " | ".join(name for name, _ in self.models) or None

    @property
    def parser(self) -> str:
        """A Python expression of the function that reads the decoded body."""
        parsers = [f"{name}.from_dict" for name, _ in self.models]
        parser = parsers[0] if len(parsers) == 1 else f"any_of({', '.join(parsers)})"
        return f"data_of({parser})" if self.envelope else parser


@dataclass
class BodyField:
    name: str
    python_name: str
    type_string: str
    required: bool
    description: str


@dataclass
class Page:
    """A cursor-paginated list: ``data`` items, ``has_more``, ``next_cursor``, ``request_id``."""

    item_class: str
    item_module: str
    cursor_param: str  # the method's argument that takes the cursor


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
    body_fields: list[BodyField]  # an object body, flattened into keyword arguments
    responses: list[Success]
    constant: str  # its declaration in kirimchat._api, e.g. ATTACH_LABEL
    body_rule: str | None
    body_whole: BodyField | None = None  # a body that is not one object: one `body` argument
    body_type: str | None = None  # its TypedDict (or alias) in kirimchat.params
    content_type: str = "application/json"
    deprecated: bool = False
    resource_attribute: str = ""
    imports: set[str] = field(default_factory=set)  # what the resource module needs for it
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
    module: str  # resources/<module>.py
    attribute: str
    class_name: str
    description: str
    operations: list[Operation] = field(default_factory=list)


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
    params_text: str = ""  # kirimchat/params.py, as datamodel-code-generator wrote it
    model_roots: list[Any] = field(default_factory=list, repr=False)  # what responses hold

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
        """The imports a resource module needs for its signatures, relative to resources/."""
        return sorted({line for op in resource.operations for line in op.imports})

    @property
    def api_imports(self) -> list[str]:
        """The model imports of kirimchat._api: every model an operation or event returns."""
        lines = {
            f"from .models.{module} import {name}"
            for op in self.operations
            for success in op.responses
            for name, module in success.models
        }
        lines |= {
            f"from .models.{e.model_module} import {e.model_class}" for e in self.webhook_events
        }
        return sorted(lines)

    @property
    def rule_names(self) -> list[str]:
        """The constants of kirimchat._rules that kirimchat._api refers to."""
        expressions = [p.rule for op in self.operations for p in op.params]
        expressions += [op.body_rule or "" for op in self.operations]
        expressions += [r.rule or "" for op in self.operations for r in op.responses]
        expressions += [e.rule for e in self.webhook_events]
        constants = {rule.constant for rule in self.schema_rules}
        return sorted(set(re.findall(r"\b[A-Z][A-Z0-9_]*\b", " ".join(expressions))) & constants)


def build(spec: Spec, data: GeneratorData, request_types: RequestTypes) -> Sdk:
    servers = spec.data.get("servers") or [{"url": "http://localhost"}]
    tags = {t["name"]: t for t in spec.data.get("tags", [])}
    raw_operations = _raw_operations(spec)
    resources = []
    for module, collection in sorted(data.endpoint_collections_by_tag.items()):
        tag = next((name for name in tags if str(module) == snake(name)), str(module))
        operations = [
            _operation(
                spec,
                endpoint,
                raw_operations[(text(endpoint.path), endpoint.method)],
                request_types,
            )
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
    roots = [s.source for r in resources for op in r.operations for s in op.responses]
    roots += [p.source for r in resources for op in r.operations for p in op.params]
    # openapi-python-client: every response of an endpoint, errors too (``ErrorEnvelope``).
    roots += [
        pattern.prop
        for r in resources
        for op in r.operations
        for pattern in op.endpoint.responses.patterns
    ]
    return Sdk(
        model_roots=roots,
        title=spec.data["info"]["title"],
        version=spec.data["info"]["version"],
        base_url=servers[0]["url"],
        resources=resources,
        schema_rules=rules.schema_rules(spec),
        webhook_events=_webhook_events(spec, data, roots),
        auth=_auth(spec),
        params_text=request_types.text,
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


def _webhook_events(spec: Spec, data: GeneratorData, roots: list[Any]) -> list[WebhookEvent]:
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
            roots.append(models[name])
            events.append(
                WebhookEvent(event_type, info.name, info.module_name, rules.rule_constant(name))
            )
    return events


def text(value: Any) -> str:
    """The plain text of the generator's strings (it wraps spec text in UntrustedString)."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return getter() if getter else str(value)


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


def _operation(
    spec: Spec, endpoint: Endpoint, raw: dict[str, Any], request_types: RequestTypes
) -> Operation:
    where: Where = ("paths", text(endpoint.path), endpoint.method)
    raw_params = {}
    for param in raw["parameters"]:
        param = spec.resolve(param)
        raw_params[(param["in"], param["name"])] = param
    cookies = [name for location, name in raw_params if location == "cookie"]
    if cookies:
        raise ModelError((*where, "parameters"), f"cookie parameters are not supported: {cookies}")
    params = []
    imports: set[str] = set()
    # openapi-python-client: its parsed parameters give each one's Python type (models and
    # Literal enums included) and the imports that type needs.
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
            imports |= {
                line.replace("from ...models.", "from ..models.", 1)
                for line in prop.get_imports(prefix="...")
                if line.startswith("from ...models.")
            }
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
                    rule=rules.rule(
                        spec, schema, (*where, "parameters", text(prop.name), "schema")
                    ),
                    explode=bool(
                        raw_param.get("explode", raw_param.get("style", "form") == "form")
                    ),
                    deprecated=bool(raw_param.get("deprecated")),
                    source=prop,
                )
            )
    body_whole: BodyField | None = None
    body_fields: list[BodyField] = []
    body_type: str | None = None
    content_type = "application/json"
    body_rule = None
    content = spec.resolve(raw.get("requestBody") or {}).get("content") or {}
    if len(content) > 1:
        raise ModelError((*where, "requestBody"), "several request content types; one is supported")
    if content:
        ((content_type, media),) = content.items()
        if content_type != "application/json" and not content_type.endswith("+json"):
            raise ModelError(
                (*where, "requestBody", "content"),
                f"a request body must be application/json, not {content_type}",
            )
        schema = media.get("schema", {})
        body_rule = rules.rule(spec, schema, (*where, "requestBody"))
        ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
        body_type = (
            ref.removeprefix(SCHEMA_REF)
            if ref.startswith(SCHEMA_REF)
            else body_component(raw["operationId"])
        )
        fields = request_types.fields.get(body_type)
        if fields:
            raw_properties = spec.resolve(schema).get("properties", {})
            for typed in fields:
                body_fields.append(
                    BodyField(
                        name=typed.name,
                        python_name=identifier(typed.name),
                        type_string=facade_type(request_types.qualified(typed.annotation))
                        + ("" if typed.required else " | Unset"),
                        required=typed.required,
                        description=_describe_schema(spec, raw_properties.get(typed.name, {})),
                    )
                )
                imports.add("from .. import params")
        elif body_type in request_types.names:
            # A union of objects, or a map with no named fields: taken whole, as ``body``.
            body_whole = BodyField(
                name="body",
                python_name="body",
                type_string=request_types.qualified(body_type),
                required=True,
                description=_describe_schema(spec, schema) or "the request body",
            )
            imports.add("from .. import params")
        else:
            raise ModelError(
                (*where, "requestBody"), "the request body must be an object or a union of objects"
            )
    responses = _responses(spec, endpoint, raw, where)
    operation = Operation(
        endpoint=endpoint,
        name=str(endpoint.name),
        operation_id=raw["operationId"],
        method=endpoint.method,
        path=text(endpoint.path),
        summary=text(endpoint.summary),
        description=text(endpoint.description),
        params=params,
        body_fields=body_fields,
        responses=responses,
        constant=snake(str(endpoint.name)).upper(),
        body_rule=body_rule,
        body_whole=body_whole,
        body_type=body_type,
        content_type=content_type,
        deprecated=bool(raw.get("deprecated")),
    )
    first = next((r.prop for r in responses if r.prop is not None), None)
    if first is not None and len(responses) == 1:
        operation.page = _page(first, params)
    if "x-kirimchat-bulk" in raw:
        operation.bulk = _bulk(raw["x-kirimchat-bulk"], operation, spec, where)
    if operation.page is None:
        for success in responses:
            _unwrap(success)
    for success in responses:
        imports |= {f"from ..models.{module} import {name}" for name, module in success.models}
    if operation.page:
        imports.add(
            f"from ..models.{operation.page.item_module} import {operation.page.item_class}"
        )
    if operation.bulk:
        imports.add(
            f"from ..models.{operation.bulk.result_module} import {operation.bulk.result_class}"
        )
    operation.imports = imports
    return operation


def _unwrap(success: Success) -> None:
    """A call returns the envelope's ``data`` (its ``request_id`` goes on the model as
    ``_request_id``), as the API's objects are what a caller wants."""
    if not isinstance(success.prop, ModelProperty):
        return
    props = {str(p.python_name): p for p in _properties(success.prop)}
    data = props.get("data")
    if set(props) != {"data", "request_id"} or data is None or not data.required:
        return
    models = _model_infos(data)
    if models:
        success.models = models
        success.envelope = True


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
        rule = rules.rule(
            spec, schema, (*where, "responses", status, "content", media[0], "schema")
        )
        model = pattern.prop if isinstance(pattern.prop, ModelProperty) else None
        found.append(Success(int(status), model, rule, models, pattern.prop))
    if not found:
        raise ModelError((*where, "responses"), "no success (2xx) response is described")
    return found


def _model_infos(prop: Any) -> list[tuple[str, str]]:
    if isinstance(prop, ModelProperty):
        return [(prop.class_info.name, prop.class_info.module_name)]
    found = []
    for branch in getattr(prop, "inner_properties", None) or []:
        found += _model_infos(branch)
    return found


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


def response_models(sdk: Sdk, data: GeneratorData) -> set[str]:
    """The class names of the models and enums that a response or event can hold.

    openapi-python-client renders a model for every object schema; the request side is
    ``kirimchat.params`` (TypedDicts), so a model only requests use is not rendered at all.
    """
    kept: set[str] = set()
    # openapi-python-client: a property that refers to a model may be a copy made before the
    # model's own properties were read; the model in ``data.models`` has them.
    models = {model.class_info.name: model for model in data.models}

    def visit(prop: Any) -> None:
        # openapi-python-client: properties nest through these attributes (models, lists,
        # unions, maps); a class_info marks a model or an enum of its own module.
        if prop is None or not hasattr(prop, "get_type_string"):
            return
        info = getattr(prop, "class_info", None)
        if info is not None:
            if info.name in kept:
                return
            kept.add(info.name)
        if isinstance(prop, ModelProperty):
            prop = models.get(prop.class_info.name, prop)
            for child in _properties(prop):
                visit(child)
            visit(prop.additional_properties)
        visit(getattr(prop, "inner_property", None))
        for branch in getattr(prop, "inner_properties", None) or []:
            visit(branch)

    for root in sdk.model_roots:
        visit(root)
    return kept


# --- response models -------------------------------------------------------------------------


@dataclass
class ModelField:
    """One field of a response model, as kirimchat._models declares it."""

    name: str  # the attribute
    key: str  # on the wire
    type_string: str
    required: bool
    description: str
    codec: str  # a kirimchat._models expression: how the JSON value is read
    const: str | None = None  # a discriminator's one value, as Python source


def model_fields(model: ModelProperty) -> list[ModelField]:
    """The fields of one of openapi-python-client's models, required ones first."""
    fields = []
    for prop in _properties(model):
        # openapi-python-client: a property's type without ``Unset`` (absent is None here).
        type_string = prop.get_type_string(no_optional=True).as_unembedded_code()
        nullable = "None" in re.split(r"[\s|\[\],]+", type_string)
        if not prop.required and not nullable:
            type_string = f"{type_string} | None"
        fields.append(
            ModelField(
                name=_attribute(text(prop.name), str(prop.python_name)),
                key=text(prop.name),
                type_string=type_string,
                required=bool(prop.required),
                description=" ".join(text(prop.description).split()),
                codec=codec(prop),
                const=_const(prop),
            )
        )
    return sorted(fields, key=lambda f: not f.required)


# What every model has already: a field of these names keeps openapi-python-client's name.
_MODEL_ATTRIBUTES = frozenset(
    {"to_dict", "to_json", "from_dict", "additional_properties", "additional_keys"}
)


def _attribute(key: str, python_name: str) -> str:
    """A field's attribute: its key as the API spells it (``type``, ``object``, as the
    Stainless SDKs have them), unless that is no Python name (``from``, ``created-at``)."""
    usable = key.isidentifier() and not keyword.iskeyword(key) and not key.startswith("_")
    return key if usable and key not in _MODEL_ATTRIBUTES else python_name


def codec(prop: Any) -> str:
    """How a property's JSON value becomes its Python value (kirimchat._models)."""
    # openapi-python-client: its property classes, by name (models, lists, unions, dates).
    kind = type(prop).__name__
    if isinstance(prop, ModelProperty):
        return f"ModelOf({prop.class_info.name})"
    if kind == "ListProperty":
        return f"ListOf({codec(prop.inner_property)})"
    if kind == "UnionProperty":
        branches = list(
            dict.fromkeys(
                codec(p) for p in prop.inner_properties if type(p).__name__ != "NoneProperty"
            )
        )
        branches = [b for b in branches if b != "PLAIN"] + [b for b in branches if b == "PLAIN"]
        if not branches or branches == ["PLAIN"]:
            return "PLAIN"
        return branches[0] if len(branches) == 1 else f"AnyOf({', '.join(branches)})"
    return {"DateTimeProperty": "DATETIME", "DateProperty": "DATE", "UuidProperty": "UUID"}.get(
        kind, "PLAIN"
    )


def _const(prop: Any) -> str | None:
    """A field with one possible value tells a union's branches apart: its value, as source."""
    kind = type(prop).__name__
    if kind == "ConstProperty":
        code = getattr(prop.value, "python_code", None)  # openapi-python-client: a Value
        if code is None:
            return repr(prop.value)
        return str(code.as_unembedded_code() if hasattr(code, "as_unembedded_code") else code)
    values = getattr(prop, "values", None)
    if kind == "LiteralEnumProperty" and prop.required and values is not None and len(values) == 1:
        return repr(next(iter(values)))
    return None


def model_imports(model: ModelProperty) -> list[str]:
    """The model imports of a model's module (they are used inside ``_declare`` and by type
    checkers only, so that models may refer to each other in any order)."""
    lines = set(model.relative_imports or ()) | set(model.lazy_imports or ())
    extra = model.additional_properties
    if extra is not None and hasattr(extra, "get_imports"):  # a map's value schema
        lines |= set(extra.get_imports(prefix=".."))
    return sorted(
        line.split(",")[0] if " import " in line and line.startswith("from ..models.") else line
        for line in lines
        if line.startswith("from ..models.")
    )
