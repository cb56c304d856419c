"""The sandbox behaves as the docs describe, seen over real HTTP with plain httpx.

These tests pin the sandbox itself, so that the SDK's integration tests can trust it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from support import ROOT, SPEC, valid

from scripts.sandbox import RunningSandbox, handlers
from scripts.sandbox.app import Sandbox
from scripts.sandbox.faults import Fault, Faults
from scripts.sandbox.handlers import HANDLERS, module_for
from scripts.sandbox.spec import HTTP_METHODS

REQUEST_ID = re.compile(r"req_[0-9A-HJKMNP-TV-Z]{26}")
RATE_LIMIT_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as client:
        yield client


def attach(
    client: httpx.Client,
    contact_id: str,
    label_id: str | None,
    key: str | None,
    **headers: str,
) -> httpx.Response:
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    body = {} if label_id is None else {"label_id": label_id}
    return client.post(f"/contacts/{contact_id}/labels", json=body, headers=headers)


def error_of(response: httpx.Response) -> dict[str, Any]:
    """The response's error, validated against the spec's ErrorEnvelope."""
    error: dict[str, Any] = valid("ErrorEnvelope", response.json())["error"]
    assert response.headers["X-Request-Id"] == error["request_id"]
    return error


def test_attach_attaches_and_answers_the_documented_envelope(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    seed = sandbox.seed
    response = attach(http, seed.contact_id, seed.label_id, seed.api_key)

    assert response.status_code == 200
    envelope = valid("LabelAttachmentEnvelope", response.json())
    assert envelope["data"] == {
        "contact_id": seed.contact_id,
        "label_id": seed.label_id,
        "attached": True,
    }
    assert response.headers["X-Request-Id"] == envelope["request_id"]
    assert (seed.contact_id, seed.label_id) in sandbox.sandbox.world.attachments


def test_attaching_twice_is_idempotent(sandbox: RunningSandbox, http: httpx.Client) -> None:
    seed, world = sandbox.seed, sandbox.sandbox.world

    first = attach(http, seed.contact_id, seed.second_label_id, seed.api_key)
    after_first = set(world.attachments)
    second = attach(http, seed.contact_id, seed.second_label_id, seed.api_key)

    assert first.status_code == second.status_code == 200
    assert first.json()["data"] == second.json()["data"]
    assert first.json()["request_id"] != second.json()["request_id"]  # two requests
    assert world.attachments == after_first  # the second changed nothing
    assert [write.changed for write in world.journal] == [True, False]


@pytest.mark.parametrize(
    ("contact", "label", "param"),
    [
        ("contact_id", "other_team_label_id", "label_id"),
        ("other_team_contact_id", "label_id", "label_id"),
        ("other_org_contact_id", "label_id", "id"),
        ("contact_id", "other_org_label_id", "label_id"),
    ],
    ids=[
        "label-of-another-team",
        "contact-of-another-team",
        "contact-of-another-org",
        "label-of-another-org",
    ],
)
def test_another_team_or_organisation_is_not_found(
    sandbox: RunningSandbox, http: httpx.Client, contact: str, label: str, param: str
) -> None:
    seed = sandbox.seed
    response = attach(http, getattr(seed, contact), getattr(seed, label), seed.api_key)

    assert response.status_code == 404
    error = error_of(response)
    assert (error["type"], error["code"], error.get("param")) == (
        "not_found",
        "resource_not_found",
        param,
    )
    assert sandbox.sandbox.world.attachments == set()


def test_an_organisation_sees_only_its_own_contacts(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    seed = sandbox.seed
    theirs = attach(http, seed.other_org_contact_id, seed.other_org_label_id, seed.api_key)
    own = attach(http, seed.other_org_contact_id, seed.other_org_label_id, seed.other_org_api_key)

    assert (theirs.status_code, own.status_code) == (404, 200)


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer",
        "Bearer kdv_live_short",
        "Bearer kdv_test_TavbPKwIuqOr69ALEKLNennZ",  # the reserved, unshipped prefix
        "Bearer kdv_live_TavbPKwIuqOr69ALEKLNennZ",  # well formed, unknown (the docs' example)
        "Basic a2R2X2xpdmVfVGF2YlBLd0l1cU9yNjlBTEtMTmVubno6",
        "Token {key}",
    ],
    ids=["missing", "empty", "malformed", "test-prefix", "unknown", "basic-auth", "not-bearer"],
)
def test_a_missing_malformed_or_unknown_key_is_401(
    sandbox: RunningSandbox, http: httpx.Client, authorization: str | None
) -> None:
    seed = sandbox.seed
    headers = (
        {} if authorization is None else {"Authorization": authorization.format(key=seed.api_key)}
    )
    response = attach(http, seed.contact_id, seed.label_id, None, **headers)

    assert response.status_code == 401
    error = error_of(response)
    assert (error["type"], error["code"]) == ("authentication_error", "invalid_api_key")
    assert all(name in response.headers for name in RATE_LIMIT_HEADERS)
    assert sandbox.sandbox.world.attachments == set()


def test_an_expired_key_is_401_expired_api_key(sandbox: RunningSandbox, http: httpx.Client) -> None:
    seed = sandbox.seed
    response = attach(http, seed.contact_id, seed.label_id, seed.expired_api_key)

    assert response.status_code == 401
    assert error_of(response)["code"] == "expired_api_key"


def test_the_bearer_scheme_is_case_insensitive(sandbox: RunningSandbox, http: httpx.Client) -> None:
    seed = sandbox.seed
    response = attach(
        http, seed.contact_id, seed.label_id, None, Authorization=f"bearer {seed.api_key}"
    )
    assert response.status_code == 200


CONTACT = "ctc_01HXYZABCDEFGHJKMNPQRSTVWX"
LABEL = "lbl_01HXYZABCDEFGHJKMNPQRSTVWX"


@pytest.mark.parametrize(
    ("path_id", "body", "content_type", "code", "param"),
    [
        ("ctc_01hxyzabcdefghjkmnpqrstvwx", {"label_id": LABEL}, None, "invalid_field_value", "id"),
        ("ctc_01HXYZABCDEFGHJKMNPQRSTVWI", {"label_id": LABEL}, None, "invalid_field_value", "id"),
        (CONTACT[:-1], {"label_id": LABEL}, None, "invalid_field_value", "id"),
        (CONTACT + "X", {"label_id": LABEL}, None, "invalid_field_value", "id"),
        (CONTACT + "%0A", {"label_id": LABEL}, None, "invalid_field_value", "id"),
        (LABEL, {"label_id": LABEL}, None, "invalid_field_value", "id"),
        (CONTACT, {}, None, "missing_required_field", "label_id"),
        (CONTACT, {"label_id": "example"}, None, "invalid_field_value", "label_id"),
        (CONTACT, {"label_id": LABEL + "\n"}, None, "invalid_field_value", "label_id"),
        (CONTACT, {"label_id": 7}, None, "invalid_field_value", "label_id"),
        (CONTACT, {"label_id": LABEL, "color": "red"}, None, "invalid_field_value", "color"),
        (CONTACT, [LABEL], None, "invalid_request", None),
        (CONTACT, b"{not json", None, "invalid_request", None),
        (CONTACT, b"", None, "invalid_request", None),
        (CONTACT, b'{"label_id": "%s"}' % LABEL.encode(), "text/plain", "invalid_request", None),
    ],
    ids=[
        "id-lower-case",
        "id-letter-I",
        "id-25-chars",
        "id-27-chars",
        "id-newline",
        "id-wrong-prefix",
        "label-missing",
        "label-docs-example",
        "label-newline",
        "label-not-a-string",
        "unknown-field",
        "body-not-an-object",
        "body-not-json",
        "body-empty",
        "body-not-declared-json",
    ],
)
def test_invalid_ids_and_bodies_are_400_with_code_and_param(
    sandbox: RunningSandbox,
    http: httpx.Client,
    path_id: str,
    body: Any,
    content_type: str | None,
    code: str,
    param: str | None,
) -> None:
    headers = {"Authorization": f"Bearer {sandbox.seed.api_key}"}
    if isinstance(body, bytes):
        headers["Content-Type"] = content_type or "application/json"
        response = http.post(f"/contacts/{path_id}/labels", content=body, headers=headers)
    else:
        response = http.post(f"/contacts/{path_id}/labels", json=body, headers=headers)

    assert response.status_code == 400, response.text
    error = error_of(response)
    assert (error["type"], error["code"], error.get("param")) == (
        "invalid_request_error",
        code,
        param,
    )
    assert all(name in response.headers for name in RATE_LIMIT_HEADERS)
    assert sandbox.sandbox.world.attachments == set()


@pytest.mark.parametrize("key", ["", "k" * 256], ids=["empty", "256-chars"])
def test_an_idempotency_key_outside_1_to_255_characters_is_400(
    sandbox: RunningSandbox, http: httpx.Client, key: str
) -> None:
    seed = sandbox.seed
    response = attach(
        http, seed.contact_id, seed.label_id, seed.api_key, **{"Idempotency-Key": key}
    )

    assert response.status_code == 400
    assert (error_of(response)["code"], error_of(response).get("param")) == (
        "invalid_field_value",
        "Idempotency-Key",
    )


def test_the_write_bucket_counts_down_then_answers_429_with_retry_after(
    make_sandbox: Callable[..., RunningSandbox],
) -> None:
    # A minute-long window: the bucket cannot refill noticeably while the test runs.
    running = make_sandbox(write_per_window=3, window_seconds=60)
    seed = running.seed
    with httpx.Client(base_url=running.base_url) as http:
        answers = [attach(http, seed.contact_id, seed.label_id, seed.api_key) for _ in range(4)]

    assert [r.status_code for r in answers] == [200, 200, 200, 429]
    assert [r.headers["X-RateLimit-Limit"] for r in answers] == ["3"] * 4
    assert [r.headers["X-RateLimit-Remaining"] for r in answers] == ["2", "1", "0", "0"]
    limited = answers[-1]
    error = error_of(limited)
    assert (error["type"], error["code"]) == ("rate_limit_error", "rate_limit_exceeded")
    # One token comes back every 20 s (3 a minute): the wait is whole seconds, at most that.
    assert 1 <= int(limited.headers["Retry-After"]) <= 20
    assert int(limited.headers["X-RateLimit-Reset"]) >= int(answers[0].headers["X-RateLimit-Reset"])
    assert len(running.sandbox.world.journal) == 3  # the refused request did nothing


def test_4xx_answers_take_a_token_and_carry_the_rate_limit_headers(
    make_sandbox: Callable[..., RunningSandbox],
) -> None:
    running = make_sandbox(write_per_window=2, window_seconds=60)
    seed = running.seed
    with httpx.Client(base_url=running.base_url) as http:
        not_found = attach(http, seed.other_org_contact_id, seed.label_id, seed.api_key)
        invalid = attach(http, "ctc_bad", seed.label_id, seed.api_key)
        limited = attach(http, seed.contact_id, seed.label_id, seed.api_key)

    assert (not_found.status_code, invalid.status_code, limited.status_code) == (404, 400, 429)
    assert [r.headers["X-RateLimit-Remaining"] for r in (not_found, invalid)] == ["1", "0"]


def test_the_bucket_belongs_to_the_organisation_not_the_caller(
    make_sandbox: Callable[..., RunningSandbox],
) -> None:
    running = make_sandbox(write_per_window=1, window_seconds=60)
    seed = running.seed
    with httpx.Client(base_url=running.base_url) as http:
        acme = attach(http, seed.contact_id, seed.label_id, seed.api_key)
        acme_again = attach(http, seed.contact_id, seed.label_id, seed.api_key)
        globex = attach(
            http, seed.other_org_contact_id, seed.other_org_label_id, seed.other_org_api_key
        )

    assert (acme.status_code, acme_again.status_code, globex.status_code) == (200, 429, 200)


def test_every_response_has_a_request_id_equal_to_the_body_s(
    make_sandbox: Callable[..., RunningSandbox],
) -> None:
    running = make_sandbox(write_per_window=5, window_seconds=60)
    seed = running.seed
    running.sandbox.faults.script(Fault.ERROR)
    with httpx.Client(base_url=running.base_url) as http:
        responses = [
            attach(http, seed.contact_id, seed.label_id, seed.api_key),  # injected 500
            attach(http, seed.contact_id, seed.label_id, seed.api_key),  # 200
            attach(http, "ctc_bad", seed.label_id, seed.api_key),  # 400
            attach(http, seed.contact_id, seed.label_id, None),  # 401
            attach(http, seed.other_org_contact_id, seed.label_id, seed.api_key),  # 404
            http.get(f"/contacts/{seed.contact_id}/labels"),  # 405
            http.get("/no/such/route"),  # 404
            *[attach(http, seed.contact_id, seed.label_id, seed.api_key) for _ in range(3)],
        ]

    statuses = [r.status_code for r in responses]
    assert statuses == [500, 200, 400, 401, 404, 405, 404, 200, 200, 429]
    ids = [r.headers["X-Request-Id"] for r in responses]
    assert all(REQUEST_ID.fullmatch(request_id) for request_id in ids)
    assert len(set(ids)) == len(ids)
    for response in responses:
        body = response.json()
        assert response.headers["X-Request-Id"] == (
            body.get("request_id") or body["error"]["request_id"]
        )


def test_an_unsupported_method_is_405_naming_the_allowed_ones(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    response = http.delete(f"/contacts/{sandbox.seed.contact_id}/labels")

    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    assert error_of(response)["code"] == "method_not_allowed"


class TestIdempotencyKey:
    def test_a_repeated_key_and_body_replay_the_first_response(
        self, sandbox: RunningSandbox, http: httpx.Client
    ) -> None:
        seed = sandbox.seed
        key = {"Idempotency-Key": "4f1c2a9e-8d37-4b8e-9f3a-6f2d7c1b0e55"}
        first = attach(http, seed.contact_id, seed.label_id, seed.api_key, **key)
        # The same JSON, written differently: the fingerprint is of the canonical body.
        replay = http.post(
            f"/contacts/{seed.contact_id}/labels",
            content=f'{{ "label_id" : "{seed.label_id}" }}',
            headers={
                "Authorization": f"Bearer {seed.api_key}",
                "Content-Type": "application/json",
                **key,
            },
        )

        assert (first.status_code, replay.status_code) == (200, 200)
        assert replay.content == first.content  # the same body, request id included
        assert replay.headers["X-Request-Id"] == first.headers["X-Request-Id"]
        assert first.headers["Idempotent-Replayed"] == "false"
        assert replay.headers["Idempotent-Replayed"] == "true"
        assert len(sandbox.sandbox.world.journal) == 1  # carried out once

    def test_a_kept_error_is_replayed_too(
        self, sandbox: RunningSandbox, http: httpx.Client
    ) -> None:
        seed = sandbox.seed
        key = {"Idempotency-Key": "k-404"}
        first = attach(http, seed.other_org_contact_id, seed.label_id, seed.api_key, **key)
        again = attach(http, seed.other_org_contact_id, seed.label_id, seed.api_key, **key)

        assert (first.status_code, again.status_code) == (404, 404)
        assert again.content == first.content
        assert again.headers["Idempotent-Replayed"] == "true"

    def test_the_same_key_with_another_body_is_refused_and_the_first_is_kept(
        self, sandbox: RunningSandbox, http: httpx.Client
    ) -> None:
        seed = sandbox.seed
        key = {"Idempotency-Key": "k-1"}
        first = attach(http, seed.contact_id, seed.label_id, seed.api_key, **key)
        reuse = attach(http, seed.contact_id, seed.second_label_id, seed.api_key, **key)
        replay = attach(http, seed.contact_id, seed.label_id, seed.api_key, **key)

        assert reuse.status_code == 422
        assert error_of(reuse)["code"] == "idempotency_key_reuse"
        assert replay.content == first.content
        assert (seed.contact_id, seed.second_label_id) not in sandbox.sandbox.world.attachments

    def test_keys_are_scoped_to_the_organisation(
        self, sandbox: RunningSandbox, http: httpx.Client
    ) -> None:
        seed = sandbox.seed
        key = {"Idempotency-Key": "shared-key"}
        acme = attach(http, seed.contact_id, seed.label_id, seed.api_key, **key)
        globex = attach(
            http, seed.other_org_contact_id, seed.other_org_label_id, seed.other_org_api_key, **key
        )

        assert (acme.status_code, globex.status_code) == (200, 200)
        assert globex.headers["Idempotent-Replayed"] == "false"
        assert len(sandbox.sandbox.world.journal) == 2


class TestFaults:
    def test_faults_are_off_by_default(self, sandbox: RunningSandbox, http: httpx.Client) -> None:
        seed = sandbox.seed
        statuses = {
            attach(http, seed.contact_id, seed.label_id, seed.api_key).status_code
            for _ in range(30)
        }

        assert statuses == {200}
        assert sandbox.sandbox.faults.injected == []

    def test_an_injected_500_is_the_documented_error_and_changes_nothing(
        self, sandbox: RunningSandbox, http: httpx.Client
    ) -> None:
        seed = sandbox.seed
        sandbox.sandbox.faults.script(Fault.ERROR)
        response = attach(http, seed.contact_id, seed.label_id, seed.api_key)

        assert response.status_code == 500
        error = error_of(response)
        assert (error["type"], error["code"]) == ("api_error", "internal_error")
        assert sandbox.sandbox.world.journal == []

    def test_a_dropped_connection_comes_after_the_work_and_a_retry_with_the_key_replays(
        self, sandbox: RunningSandbox, http: httpx.Client
    ) -> None:
        seed = sandbox.seed
        key = {"Idempotency-Key": "drop-then-retry"}
        sandbox.sandbox.faults.script(Fault.DROP)

        with pytest.raises(httpx.RemoteProtocolError):
            attach(http, seed.contact_id, seed.label_id, seed.api_key, **key)
        assert (seed.contact_id, seed.label_id) in sandbox.sandbox.world.attachments
        retry = attach(http, seed.contact_id, seed.label_id, seed.api_key, **key)

        assert retry.status_code == 200
        assert retry.headers["Idempotent-Replayed"] == "true"
        assert len(sandbox.sandbox.world.journal) == 1

    @pytest.mark.parametrize(
        ("knobs", "expected"),
        [({"error_rate": 1.0}, {500}), ({"drop_rate": 1.0}, {"dropped"})],
        ids=["all-500", "all-dropped"],
    )
    def test_configured_shares_apply_to_every_request(
        self,
        make_sandbox: Callable[..., RunningSandbox],
        knobs: dict[str, float],
        expected: set[Any],
    ) -> None:
        running = make_sandbox(**knobs)
        seed = running.seed
        outcomes: set[Any] = set()
        with httpx.Client(base_url=running.base_url) as http:
            for _ in range(5):
                try:
                    outcomes.add(
                        attach(http, seed.contact_id, seed.label_id, seed.api_key).status_code
                    )
                except httpx.RemoteProtocolError:
                    outcomes.add("dropped")
        assert outcomes == expected

    def test_shares_with_a_seed_inject_a_reproducible_mix(self) -> None:
        def draws() -> list[Fault]:
            faults = Faults(error_rate=0.3, drop_rate=0.3, seed=7)
            return [faults.draw() for _ in range(200)]

        sequence = draws()
        assert sequence == draws()
        assert set(sequence) == {Fault.NONE, Fault.ERROR, Fault.DROP}

    def test_scripted_outcomes_come_first_in_order(self) -> None:
        faults = Faults(error_rate=0.0)
        faults.script(Fault.DROP, Fault.NONE, Fault.ERROR)

        assert [faults.draw() for _ in range(5)] == [
            Fault.DROP,
            Fault.NONE,
            Fault.ERROR,
            Fault.NONE,
            Fault.NONE,
        ]
        assert faults.injected == [Fault.DROP, Fault.ERROR]


def spec_operations() -> dict[str, str]:
    """Every operationId of openapi.yaml and its first tag, read plainly (nothing the sandbox
    parses can fail)."""
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]: (operation.get("tags") or ["untagged"])[0]
        for item in document.get("paths", {}).values()
        for method, operation in item.items()
        if method in HTTP_METHODS and "operationId" in operation
    }


def spec_operation_ids() -> list[str]:
    return list(spec_operations())


@pytest.mark.parametrize("operation_id", spec_operation_ids())
def test_every_operation_of_the_spec_has_a_sandbox_handler(operation_id: str) -> None:
    module = module_for(spec_operations()[operation_id])
    assert operation_id in HANDLERS, (
        f"The sandbox has no handler for {operation_id} (it answers 501): write one in {module} "
        "and list it in that module's HANDLERS (a new module goes in MODULE_NAMES of "
        "scripts/sandbox/handlers/__init__.py)."
    )


@pytest.mark.parametrize("operation_id", [op for op in spec_operation_ids() if op in HANDLERS])
def test_a_handler_is_in_the_module_of_its_operations_tag(operation_id: str) -> None:
    module = sys.modules[HANDLERS[operation_id].__module__].__file__

    assert module is not None
    assert Path(module).relative_to(ROOT).as_posix() == module_for(spec_operations()[operation_id])


def test_an_operation_listed_by_two_modules_fails_naming_both() -> None:
    twice = r"getHealth has a handler in scripts\.sandbox\.handlers\.meta and in"
    with pytest.raises(RuntimeError, match=twice):
        meta = sys.modules["scripts.sandbox.handlers.meta"]
        handlers.registry((meta, meta))


def test_the_sandbox_starts_on_the_spec_and_lists_what_it_lacks() -> None:
    assert Sandbox().unimplemented == [
        operation_id for operation_id in spec_operation_ids() if operation_id not in HANDLERS
    ]


def test_reads_and_writes_have_separate_buckets(
    make_sandbox: Callable[..., RunningSandbox],
) -> None:
    running = make_sandbox(write_per_window=1, read_per_window=2, window_seconds=60)
    seed = running.seed
    auth = {"Authorization": f"Bearer {seed.api_key}"}
    with httpx.Client(base_url=running.base_url, headers=auth) as http:
        reads = [http.get("/labels", params={"limit": 1}) for _ in range(3)]
        write = attach(http, seed.contact_id, seed.label_id, seed.api_key)
        another_write = attach(http, seed.contact_id, seed.label_id, seed.api_key)
        read_after_writes = http.get("/me")

    assert [r.status_code for r in reads] == [200, 200, 429]
    assert "read requests" in reads[-1].json()["error"]["message"]
    assert [r.headers["X-RateLimit-Limit"] for r in reads] == ["2", "2", "2"]
    assert (write.status_code, another_write.status_code) == (200, 429)
    assert write.headers["X-RateLimit-Limit"] == "1"
    assert "write requests" in another_write.json()["error"]["message"]
    assert read_after_writes.status_code == 429  # still the read bucket, empty


# Each POST of the spec, with a body and a second, different one.
POSTS = {
    "attachLabel": (
        "/contacts/{contact_id}/labels",
        {"label_id": "{label_id}"},
        {"label_id": "{second_label_id}"},
    ),
    "bulkLabel": (
        "/contacts/bulk_label",
        {"contact_ids": ["{contact_id}"], "label_id": "{label_id}", "operation": "attach"},
        {"contact_ids": ["{contact_id}"], "label_id": "{label_id}", "operation": "detach"},
    ),
    "createLabel": (
        "/labels",
        {"name": "Replayed", "team_id": "{team_id}"},
        {"name": "Other", "team_id": "{team_id}"},
    ),
    "createContact": (
        "/contacts",
        {"phone_number": "+6281111111111", "from": "{account_number}"},
        {"phone_number": "+6281111111112", "from": "{account_number}"},
    ),
}


def with_seed(value: Any, sandbox: RunningSandbox) -> Any:
    if isinstance(value, str):
        return value.format(**vars(sandbox.seed))
    if isinstance(value, list):
        return [with_seed(item, sandbox) for item in value]
    if isinstance(value, dict):
        return {name: with_seed(item, sandbox) for name, item in value.items()}
    return value


@pytest.mark.parametrize("operation", POSTS)
def test_every_post_replays_its_first_response_for_the_same_key_and_body(
    operation: str, sandbox: RunningSandbox, http: httpx.Client
) -> None:
    path, body, other_body = (with_seed(part, sandbox) for part in POSTS[operation])
    headers = {"Authorization": f"Bearer {sandbox.seed.api_key}", "Idempotency-Key": operation}

    first = http.post(path, json=body, headers=headers)
    replay = http.post(path, json=body, headers=headers)
    reuse = http.post(path, json=other_body, headers=headers)

    assert 200 <= first.status_code < 300
    assert (replay.status_code, replay.content) == (first.status_code, first.content)
    assert (first.headers["Idempotent-Replayed"], replay.headers["Idempotent-Replayed"]) == (
        "false",
        "true",
    )
    assert (reuse.status_code, error_of(reuse)["code"]) == (422, "idempotency_key_reuse")
    journal = sandbox.sandbox.world.journal
    assert [write.operation_id for write in journal] == [operation]  # carried out once


def test_a_concrete_path_is_matched_before_a_templated_one(
    sandbox: RunningSandbox, http: httpx.Client
) -> None:
    headers = {"Authorization": f"Bearer {sandbox.seed.api_key}"}
    response = http.get("/contacts/bulk_label", headers=headers)

    assert response.status_code == 405  # not getContact with the id "bulk_label"
    assert response.headers["Allow"] == "POST"


@pytest.mark.parametrize(
    ("path", "method", "body", "param"),
    [
        ("/labels/{label_id}", "PATCH", {"color": None}, "color"),
        ("/labels", "POST", {"name": "X", "team_id": None}, "team_id"),
        ("/contacts", "POST", {"phone_number": "+6281111111111", "name": None}, "name"),
    ],
    ids=["color", "team_id", "name"],
)
def test_null_is_refused_where_the_schema_does_not_allow_it(
    path: str,
    method: str,
    body: dict[str, Any],
    param: str,
    sandbox: RunningSandbox,
    http: httpx.Client,
) -> None:
    headers = {"Authorization": f"Bearer {sandbox.seed.api_key}"}
    response = http.request(method, with_seed(path, sandbox), json=body, headers=headers)

    assert response.status_code == 400
    assert (error_of(response)["code"], error_of(response).get("param")) == (
        "invalid_field_value",
        param,
    )


@pytest.mark.parametrize("email", [None, "a@example.test", "a@localhost", '"a b"@example.com'])
def test_email_takes_null_and_every_address_json_schema_calls_an_email(
    email: str | None, sandbox: RunningSandbox, http: httpx.Client
) -> None:
    seed = sandbox.seed
    body = {"phone_number": "+6281111111111", "from": seed.account_number, "email": email}
    headers = {"Authorization": f"Bearer {seed.api_key}"}
    response = http.post("/contacts", json=body, headers=headers)

    assert response.status_code == 201, response.text
    assert response.json()["data"]["email"] == email


# Run where neither the generated pydantic models nor pydantic can be imported.
WITHOUT_PYDANTIC = """
import sys
sys.modules["kirimchat_pydantic"] = sys.modules["pydantic"] = None  # an import fails
import httpx
from scripts.sandbox import running_sandbox
with running_sandbox() as sandbox:
    inbound = sandbox.base_url.rsplit("/", 1)[0] + "/_sandbox/inbound_messages"
    key = {"Authorization": f"Bearer {sandbox.seed.api_key}"}
    print(httpx.get(sandbox.base_url + "/me").status_code)
    print(httpx.get(sandbox.base_url + "/me", headers=key).status_code)
    message = {"from": "+6281234567890", "text": "Halo"}
    print(httpx.post(inbound, headers=key, json=message).status_code)
"""


def test_the_sandbox_checks_its_answers_without_any_pydantic_model() -> None:
    """Errors, success bodies, webhook events and inbound messages are checked with jsonschema
    against the spec (generated/kirimchat_pydantic.py goes in 2.0)."""
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_PYDANTIC], cwd=ROOT, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["401", "200", "201"]
