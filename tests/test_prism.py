"""The SDK against Prism, the spec's own mock: every operation, once per documented response.

Prism answers each call with the spec's example for the status asked for (`Prefer: code=N`),
and judges the request the client sent against the spec: a violation fails the test
(`prism_judge`). The cases come from openapi.yaml, so a new operation or response is covered
as soon as it is in the spec.
"""

from __future__ import annotations

import asyncio
import inspect
import keyword
from dataclasses import dataclass
from typing import Any

import httpx
import kirimchat
import pytest
import yaml
from conftest import MockServer, PrismJudge
from support import SPEC, instants

from scripts.generation.names import snake
from scripts.generation.reading import method_name
from scripts.sandbox.spec import HTTP_METHODS, resolve

KEY = "kdv_live_TavbPKwIuqOr69ALEKLNennZ"
JSON = "application/json"
# The exception each documented error status becomes (issue 3's hierarchy).
ERROR_CLASSES: dict[int, type[kirimchat.APIStatusError]] = {
    400: kirimchat.BadRequestError,
    401: kirimchat.AuthenticationError,
    403: kirimchat.PermissionDeniedError,
    404: kirimchat.NotFoundError,
    409: kirimchat.ConflictError,
    422: kirimchat.UnprocessableEntityError,
    429: kirimchat.RateLimitError,
    500: kirimchat.InternalServerError,
}


def _argument(name: str) -> str:
    """A body field as the SDK's keyword argument (`from` is `from_`)."""
    return f"{name}_" if keyword.iskeyword(name) else name


def _wire(argument: str) -> str:
    """The body field of a keyword argument (`from_` is `from`)."""
    name = argument.removesuffix("_")
    return name if name != argument and keyword.iskeyword(name) else argument


@dataclass(frozen=True)
class Case:
    """One documented response of one operation, with the arguments to call it with."""

    operation_id: str
    resource: str  # client attribute, from the operation's tag
    method: str  # the resource's method, named as the SDK names it (listLabels: labels.list)
    args: tuple[Any, ...]  # path parameters, in order, from their examples
    kwargs: dict[str, Any]  # body fields, from the request example
    status: int
    example: dict[str, Any] | None  # the response's example body; None where it has none
    headers: dict[str, Any]  # the response's documented header examples

    def __str__(self) -> str:
        return f"{self.operation_id}-{self.status}"


def _example(node: dict[str, Any]) -> Any:
    """A parameter's or media type's example: its own, else its schema's first."""
    if "example" in node:
        return node["example"]
    return next(iter(node.get("schema", {}).get("examples", [])), None)


def documented_cases() -> list[Case]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    cases = []
    for item in document["paths"].values():
        shared = item.get("parameters", [])
        for verb in ("get", "post", "put", "patch", "delete"):
            if verb not in item:
                continue
            operation = item[verb]
            parameters = [resolve(document, p) for p in [*shared, *operation.get("parameters", [])]]
            args = tuple(_example(p) for p in parameters if p["in"] == "path")
            body = operation.get("requestBody")
            media = resolve(document, body).get("content", {}).get(JSON, {}) if body else {}
            kwargs = {_argument(name): value for name, value in (_example(media) or {}).items()}
            resource = snake(operation.get("tags", ["default"])[0])
            for status, response in operation["responses"].items():
                response = resolve(document, response)
                headers = {
                    name: resolve(document, header).get("example")
                    for name, header in response.get("headers", {}).items()
                }
                cases.append(
                    Case(
                        operation_id=operation["operationId"],
                        resource=resource,
                        method=method_name(operation["operationId"], resource),
                        args=args,
                        kwargs=kwargs,
                        status=int(status),
                        example=_example(response.get("content", {}).get(JSON, {})),
                        headers=headers,
                    )
                )
    return cases


CASES = documented_cases()


def _arguments(method: Any, case: Case) -> dict[str, Any]:
    """The body example as the method takes it: field by field, or whole as its `body` (a
    body that is a union of models, or a map, has no fields to name)."""
    parameters = inspect.signature(method).parameters
    if "body" in parameters and not set(case.kwargs) <= set(parameters):
        return {"body": {_wire(name): value for name, value in case.kwargs.items()}}
    return case.kwargs


def call(kind: str, prism: MockServer, judge: PrismJudge, case: Case) -> Any:
    """The case's call through a client of `kind`: its result, or the error it raised."""
    options = {"extra_headers": {"Prefer": f"code={case.status}"}, "max_retries": 0}
    if kind == "sync":
        with (
            httpx.Client(event_hooks={"response": [judge.hook]}) as http,
            kirimchat.KirimChat(api_key=KEY, base_url=prism.base_url, http_client=http) as client,
        ):
            method = getattr(getattr(client, case.resource), case.method)
            try:
                return method(*case.args, **_arguments(method, case), **options)
            except kirimchat.APIStatusError as error:
                return error

    async def run() -> Any:
        async with (
            httpx.AsyncClient(event_hooks={"response": [judge.async_hook]}) as http,
            kirimchat.AsyncKirimChat(
                api_key=KEY, base_url=prism.base_url, http_client=http
            ) as client,
        ):
            method = getattr(getattr(client, case.resource), case.method)
            try:
                return await method(*case.args, **_arguments(method, case), **options)
            except kirimchat.APIStatusError as error:
                return error

    return asyncio.run(run())


def test_there_is_a_case_for_every_operation_and_documented_status() -> None:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operations = [
        operation
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]
    documented = {
        f"{operation['operationId']}-{status}"
        for operation in operations
        for status in operation["responses"]
    }
    assert {str(case) for case in CASES} == documented
    assert len({case.operation_id for case in CASES}) == len(operations)


@pytest.mark.parametrize("case", {c.operation_id: c for c in CASES}.values(), ids=str)
def test_each_operation_is_a_method_of_both_clients(case: Case) -> None:
    for client_class in (kirimchat.KirimChat, kirimchat.AsyncKirimChat):
        client = client_class(api_key=KEY, base_url="http://127.0.0.1:9")
        assert callable(getattr(getattr(client, case.resource), case.method))


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=str)
def test_each_documented_response_becomes_its_result_or_exception(
    kind: str, case: Case, prism: MockServer, prism_judge: PrismJudge
) -> None:
    outcome = call(kind, prism, prism_judge, case)

    if 200 <= case.status < 300:
        assert not isinstance(outcome, Exception), outcome
        if case.example is None:  # a response without a body (a 204): the call returns None
            assert outcome is None
            return
        if isinstance(outcome, kirimchat.SyncPage | kirimchat.AsyncPage):  # a list: one page
            assert outcome.request_id == case.example["request_id"]
            items = [item.to_dict() for item in outcome.data]
            assert instants(items) == instants(case.example["data"])
            assert (outcome.has_more, outcome.next_cursor) == (
                case.example["has_more"],
                case.example["next_cursor"],
            )
            return
        example = case.example
        envelope = isinstance(example, dict) and set(example) == {"data", "request_id"}
        if envelope and isinstance(example["data"], dict):
            # The call returns the object in the envelope, with the request id on it.
            assert instants(outcome.to_dict()) == instants(example["data"])
            assert outcome._request_id == example["request_id"]
            return
        assert instants(outcome.to_dict()) == instants(example)
        return
    assert type(outcome) is ERROR_CLASSES[case.status]
    assert case.example is not None, f"{case}: the spec gives this error no example"
    error = case.example["error"]
    assert outcome.status_code == case.status
    assert (outcome.type, outcome.code, outcome.message, outcome.request_id) == (
        error["type"],
        error["code"],
        error["message"],
        error["request_id"],
    )
    assert outcome.param == error.get("param")
    if case.status == 429:
        assert outcome.retry_after == case.headers["Retry-After"]


def test_the_judge_flags_a_request_that_breaks_the_spec(
    prism: MockServer, prism_judge: PrismJudge
) -> None:
    # The client refuses to send such a request (ParamValidationError), so plain httpx does.
    with httpx.Client(
        base_url=prism.base_url, event_hooks={"response": [prism_judge.hook]}
    ) as http:
        http.post(
            "/contacts/ctc_01HXYZABCDEFGHJKMNPQRSTVWX/labels",
            json={"label_id": "example"},  # the vendor's own example, which breaks the pattern
            headers={"Authorization": f"Bearer {KEY}"},
        )
        http.post("/contacts/ctc_01HXYZABCDEFGHJKMNPQRSTVWX/labels", json={"label_id": "x"})

    violations = prism_judge.take()
    assert len(violations) == 2
    assert "label_id" in violations[0] and "pattern" in violations[0]
    assert "security" in violations[1].lower()


def test_a_valid_request_passes_the_judge(prism: MockServer, prism_judge: PrismJudge) -> None:
    with httpx.Client(
        base_url=prism.base_url, event_hooks={"response": [prism_judge.hook]}
    ) as http:
        response = http.post(
            "/contacts/ctc_01HXYZABCDEFGHJKMNPQRSTVWX/labels",
            json={"label_id": "lbl_01HXYZABCDEFGHJKMNPQRSTVWX"},
            headers={"Authorization": f"Bearer {KEY}"},
        )

    assert response.status_code == 200
    assert prism_judge.violations == []
