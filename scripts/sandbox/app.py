"""The Starlette app: every operation of the spec, behind one request pipeline.

For each request to an operation, in order:
1. a request id (`req_…`), sent as `X-Request-Id` and repeated in the body, on every response;
2. fault injection, when configured: a 500 now, or a dropped connection at the end;
3. authentication: a `kdv_live_` bearer key of a seeded organisation, else 401;
4. the organisation's token bucket for the request's class, else 429 with `Retry-After`;
5. `Idempotency-Key` (where the operation declares it): replay of the kept response;
6. validation of parameters and body against the spec's schemas (spec.py), else 400; absent
   parameters take the spec's defaults (`limit`: 25);
7. the operation's handler (handlers/, by operationId), else 501 naming the operation; its
   result is checked against the success response's schema (a response with no content in
   the spec gets no body). Errors are checked against the spec's ErrorEnvelope.
`X-RateLimit-*` go on every success and 4xx, as the docs say; a 500 carries only the id.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlparse

from jsonschema.exceptions import ValidationError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route
from starlette.types import Receive, Scope, Send

from . import errors, simulate, spec
from .call import Call
from .config import SandboxConfig
from .cursors import CursorCodec
from .errors import ApiError
from .faults import Fault, Faults
from .handlers import HANDLERS
from .idempotency import IdempotencyStore, StoredResponse, fingerprint
from .ids import is_well_formed_api_key, new_request_id
from .ratelimit import BucketReport, RateLimiter, request_class
from .webhooks import Webhooks, event_schemas
from .world import ApiKey, seed_world

logger = logging.getLogger("sandbox")
JSON_MEDIA_TYPE = "application/json"


def json_response(body: dict[str, Any], status: int, request_id: str, **headers: str) -> Response:
    return Response(
        json.dumps(body, separators=(",", ":")),
        status,
        headers={"X-Request-Id": request_id, **headers},
        media_type=JSON_MEDIA_TYPE,
    )


class DroppedConnection(Response):
    """Sends the status line and headers of a prepared response, then abandons it.

    uvicorn closes a connection whose response was started and never finished, so the client
    sees the connection drop mid-response, after the server has done the work.
    """

    def __init__(self, prepared: Response) -> None:
        self.prepared = prepared

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        start = {"type": "http.response.start", "status": self.prepared.status_code}
        await send({**start, "headers": self.prepared.raw_headers})


class SpecRoute(Route):
    """A route that leaves the spec's concrete paths to their own routes.

    OpenAPI matches concrete paths before templated ones, so `GET /contacts/bulk_label` is a
    405 of `/contacts/bulk_label` (POST only), not getContact with the id `bulk_label`.
    Starlette would take any route that matches path and method over one that matches the
    path only, so the templated route must not match those paths at all.
    """

    def __init__(
        self, path: str, endpoint: Callable[..., Any], methods: list[str], shadowed: frozenset[str]
    ) -> None:
        super().__init__(path, endpoint, methods=methods)
        self.shadowed = shadowed

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope.get("path") in self.shadowed:
            return Match.NONE, {}
        return super().matches(scope)


class Sandbox:
    """One sandbox: its configuration, its world, and the parts that tests may inspect."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.world, self.seed = seed_world(self.config.world_seed)
        self.document = spec.load(self.config.spec)
        self.operations = spec.operations(self.document)
        self.schemas = spec.Schemas(self.document)
        # Every error is checked against the spec's ErrorEnvelope: a malformed one cannot leave.
        self.error_envelope = self.schemas.named("ErrorEnvelope")
        self.limiter = RateLimiter(
            {"write": self.config.write_per_window, "read": self.config.read_per_window},
            self.config.window_seconds,
        )
        self.idempotency = IdempotencyStore(self.config.idempotency_ttl_seconds)
        self.cursors = CursorCodec()  # a secret of its own: no other sandbox's cursor is valid
        self.faults = Faults(self.config.error_rate, self.config.drop_rate, self.config.fault_seed)
        self.base_path = urlparse(self.document["servers"][0]["url"]).path.rstrip("/")
        self.world.webhooks = self.webhooks = Webhooks(
            self.world.now,
            event_schemas(self.document),
            retry_delays=self.config.webhook_retry_delays,
            timeout=self.config.webhook_timeout_seconds,
            remote_hosts=self.config.webhook_remote_hosts,
        )
        self.webhooks.walk_statuses(self.world, self.config.message_status_step_seconds)
        self.app = self._build_app()

    @property
    def unimplemented(self) -> list[str]:
        """Operations of the spec that have no handler yet (they answer 501)."""
        return [op.operation_id for op in self.operations if op.operation_id not in HANDLERS]

    def _build_app(self) -> Starlette:
        by_path: dict[str, dict[str, spec.Operation]] = defaultdict(dict)
        for operation in self.operations:
            by_path[operation.path][operation.method] = operation
        # One route per path with all its methods, so a 405 names every allowed method. No
        # Mount for the base path: its pattern stops at a newline, which would turn an id with
        # a newline into an unknown route (404) rather than an invalid id (400).
        full_paths = [self.base_path + path for path in by_path]
        concrete = frozenset(path for path in full_paths if "{" not in path)
        routes = [
            SpecRoute(full, self._endpoint(methods), list(methods), concrete - {full})
            for full, methods in zip(full_paths, by_path.values(), strict=True)
        ]
        routes += simulate.routes(self.world, self._authenticate, self.schemas)
        return Starlette(
            routes=routes,
            exception_handlers={HTTPException: self._routing_error},
        )

    def _endpoint(
        self, methods: dict[str, spec.Operation]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            method = "GET" if request.method == "HEAD" else request.method
            return await self.handle(methods[method], request)

        return endpoint

    async def _routing_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 405:
            error = ApiError(
                405,
                "invalid_request_error",
                "method_not_allowed",
                f"{request.method} is not allowed on {request.url.path}.",
                headers=dict(exc.headers or {}),
            )
        else:
            error = ApiError(404, "not_found", "resource_not_found", "No such route.")
        return self.error_response(error, new_request_id())

    async def handle(self, operation: spec.Operation, request: Request) -> Response:
        request_id = new_request_id()
        fault = self.faults.draw()
        try:
            if fault is Fault.ERROR:
                raise errors.internal_error()
            if operation.public:
                body = await request.body()
                response = self._attempt(operation, request, body, None, None, request_id)
            else:
                response = await self._authenticated(operation, request, request_id)
        except ApiError as error:  # 401 (no organisation, so no bucket) and 500
            headers = {} if error.status >= 500 else self._anonymous_limits(operation)
            response = self.error_response(error, request_id, **headers)
        except Exception:  # a bug in the sandbox: the client still gets the documented 500
            logger.exception("sandbox: %s failed", operation.operation_id)
            response = self.error_response(errors.internal_error(), request_id)
        return DroppedConnection(response) if fault is Fault.DROP else response

    def error_response(self, error: ApiError, request_id: str, **headers: str) -> Response:
        body = self.error_envelope(error.body(request_id))
        return json_response(body, error.status, request_id, **error.headers, **headers)

    def _anonymous_limits(self, operation: spec.Operation) -> dict[str, str]:
        # The spec requires X-RateLimit-* on a 401, but an unknown key names no organisation
        # and so no bucket; report a full one of the request's class, and take nothing from it.
        return self.limiter.untouched(request_class(operation.method)).headers()

    async def _authenticated(
        self, operation: spec.Operation, request: Request, request_id: str
    ) -> Response:
        caller = self._authenticate(request)
        klass = request_class(operation.method)
        report = self.limiter.bucket(caller.org_id, klass).take()
        if report.retry_after is not None:
            return self.error_response(
                errors.rate_limited(klass, report.retry_after), request_id, **report.headers()
            )
        raw_body = await request.body()
        try:
            key = self._idempotency_key(operation, request)
            if key is None:
                response = self._attempt(operation, request, raw_body, caller, None, request_id)
            else:
                request_fingerprint = fingerprint(request.method, request.url.path, raw_body)
                kept = self.idempotency.replay(caller.org_id, key, request_fingerprint)
                if kept is not None:
                    return self._replayed(kept, report)
                response = self._attempt(operation, request, raw_body, caller, key, request_id)
                body = bytes(response.body)
                kept = StoredResponse(response.status_code, body, dict(response.headers))
                self.idempotency.keep(caller.org_id, key, request_fingerprint, kept)
                response.headers["Idempotent-Replayed"] = "false"
        except ApiError as error:  # a malformed Idempotency-Key, or a key reused
            response = self.error_response(error, request_id)
        response.headers.update(report.headers())
        return response

    def _attempt(
        self,
        operation: spec.Operation,
        request: Request,
        raw_body: bytes,
        caller: ApiKey | None,
        key: str | None,
        request_id: str,
    ) -> Response:
        """Validate the request and run its handler: the response to keep for its key."""
        try:
            call = self._call(operation, request, raw_body, caller, key)
            return self._succeed(operation, call, request_id)
        except ApiError as error:
            return self.error_response(error, request_id)

    def _authenticate(self, request: Request) -> ApiKey:
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not is_well_formed_api_key(credentials):
            raise errors.invalid_api_key()
        key = self.world.key(credentials)
        if key is None:
            raise errors.invalid_api_key()
        if key.expired:
            raise errors.expired_api_key()
        return key

    def _idempotency_key(self, operation: spec.Operation, request: Request) -> str | None:
        """The request's validated key; None where it sent none or the operation takes none."""
        parameter = operation.idempotency_key
        raw = None if parameter is None else request.headers.get(parameter.name)
        return None if parameter is None or raw is None else _validated(parameter, raw)

    def _replayed(self, kept: StoredResponse, report: BucketReport) -> Response:
        # The kept status, body and request id; the rate-limit headers describe the bucket now.
        headers = {**kept.headers, **report.headers(), "Idempotent-Replayed": "true"}
        headers.pop("content-length", None)
        return Response(kept.body, kept.status, headers=headers)

    def _call(
        self,
        operation: spec.Operation,
        request: Request,
        raw_body: bytes,
        caller: ApiKey | None,
        key: str | None,
    ) -> Call:
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
        sources = {
            "path": request.path_params,
            "query": request.query_params,
            "header": request.headers,
            "cookie": request.cookies,
        }
        for parameter in operation.parameters:
            source = sources[parameter.location]
            raw: str | list[str] | None = source.get(parameter.name)
            if parameter.repeated:
                raw = request.query_params.getlist(parameter.name) or None
            if raw is not None:
                values[parameter.location][parameter.name] = _validated(parameter, raw)
            elif parameter.required:
                raise errors.missing_field(parameter.name)
            elif parameter.default is not None:
                values[parameter.location][parameter.name] = parameter.default
        return Call(
            operation_id=operation.operation_id,
            world=self.world,
            cursors=self.cursors,
            budgets=self.limiter.budgets(),
            caller=caller,
            path=values["path"],
            query=values["query"],
            headers=values["header"],
            body=_body(operation, request, raw_body),
            idempotency_key=key,
        )

    def _succeed(self, operation: spec.Operation, call: Call, request_id: str) -> Response:
        handler = HANDLERS.get(operation.operation_id)
        if handler is None:
            raise ApiError(
                501,
                "api_error",
                "not_implemented",
                f"The sandbox has no handler for {operation.operation_id} yet.",
            )
        fields = handler(call)
        status = operation.success_status
        if operation.response is None:  # the spec gives this answer no content
            return Response(status_code=status, headers={"X-Request-Id": request_id})
        if operation.response_has_request_id:
            fields = {**fields, "request_id": request_id}
        # A body that breaks the spec is a bug of the sandbox: `handle` answers it with a 500.
        body = operation.response(spec.jsonable(fields))
        return json_response(body, status, request_id)


def _validated(parameter: spec.Parameter, raw: str | list[str]) -> Any:
    try:
        return parameter.validate(raw)
    except ValueError as problem:
        message = f"{parameter.name} is invalid: {problem}."
        raise errors.invalid_value(parameter.name, message) from None


def _body(operation: spec.Operation, request: Request, raw: bytes) -> Any:
    """The request's body, valid by the operation's schema (None where there is none)."""
    if not operation.body_media_types:
        return None
    if not raw.strip():
        if operation.body_required:
            raise errors.invalid_request("invalid_request", "A JSON body is required.")
        return None
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type not in operation.body_media_types:
        expected = " or ".join(sorted(operation.body_media_types))
        raise errors.invalid_request("invalid_request", f"Send the body as {expected}.")
    if operation.body is None:  # a media type the sandbox does not read (not JSON)
        return None
    try:
        body = spec.parse_json(raw)
    except ValueError:
        raise errors.invalid_request("invalid_request", "The body is not valid JSON.") from None
    try:
        return operation.body(body)
    except ValidationError as problem:
        raise _body_error(problem) from None


def _body_error(problem: ValidationError) -> ApiError:
    """The documented 400 for the body's most relevant breach of its schema."""
    path = [str(part) for part in problem.absolute_path]
    instance = problem.instance
    if problem.validator == "required" and isinstance(instance, dict):
        missing = next((name for name in problem.validator_value if name not in instance), None)
        if missing is not None:
            return errors.missing_field(".".join([*path, missing]))
    if problem.validator in ("additionalProperties", "unevaluatedProperties"):
        declared = problem.schema.get("properties", {})
        extra = next((name for name in instance if name not in declared), None)
        if extra is not None:
            location = ".".join([*path, extra])
            return errors.invalid_request(
                "invalid_field_value", f"{location} is not a field of this request.", location
            )
    if not path:
        return errors.invalid_request("invalid_request", f"The body is invalid: {problem.message}.")
    location = ".".join(path)
    return errors.invalid_value(location, f"{location} is invalid: {problem.message}.")


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """An ASGI app of a freshly seeded sandbox (for uvicorn's `--factory`)."""
    return Sandbox(config).app
