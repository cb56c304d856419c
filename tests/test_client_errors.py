"""Every documented status and every kind of bad body gives the right exception and fields."""

from __future__ import annotations

import kirimchat
import pytest
from client_harness import KINDS, REQUEST_ID, Harness, api_error, attached, raw
from kirimchat.models.label_attachment import LabelAttachment

STATUS_TABLE = [
    # status, type, code, param, exception
    (400, "invalid_request_error", "invalid_field_value", "label_id", kirimchat.BadRequestError),
    (401, "authentication_error", "invalid_api_key", None, kirimchat.AuthenticationError),
    (403, "permission_error", "phone_number_forbidden", None, kirimchat.PermissionDeniedError),
    (404, "not_found", "resource_not_found", "id", kirimchat.NotFoundError),
    (409, "conflict", "idempotency_in_progress", None, kirimchat.ConflictError),
    (
        422,
        "invalid_request_error",
        "idempotency_key_reuse",
        None,
        kirimchat.UnprocessableEntityError,
    ),
    (429, "rate_limit_error", "rate_limit_exceeded", None, kirimchat.RateLimitError),
    (500, "api_error", "internal_error", None, kirimchat.InternalServerError),
    (503, "api_error", "internal_error", None, kirimchat.InternalServerError),
]


@pytest.mark.parametrize("kind", KINDS)
def test_success_returns_the_typed_result_with_request_id(kind: str) -> None:
    harness = Harness(kind, [attached()])
    result = harness.attach()
    assert isinstance(result, LabelAttachment)  # the API's object, not its envelope
    assert (result.contact_id, result.label_id, result.attached) == (
        "ctc_01HXYZABCDEFGHJKMNPQRSTVWX",
        "lbl_01HXYZABCDEFGHJKMNPQRSTVWX",
        True,
    )
    assert result._request_id == REQUEST_ID


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("status", "type_", "code", "param", "exception"), STATUS_TABLE)
def test_error_status_raises_its_class_with_the_envelope_fields(
    kind: str, status: int, type_: str, code: str, param: str | None, exception: type
) -> None:
    reply = api_error(status, type_, code, message=f"{code} happened", param=param)
    harness = Harness(kind, [reply], max_retries=0)

    with pytest.raises(exception) as caught:
        harness.attach()

    error = caught.value
    assert type(error) is exception
    assert isinstance(error, kirimchat.APIStatusError)
    assert isinstance(error, kirimchat.KirimChatError)
    assert error.status_code == status
    assert (error.type, error.code, error.param) == (type_, code, param)
    assert error.message == f"{code} happened"
    assert error.request_id == REQUEST_ID
    assert error.headers["x-request-id"] == REQUEST_ID
    assert error.response.status_code == status
    assert code in str(error) and REQUEST_ID in str(error)


@pytest.mark.parametrize("kind", KINDS)
def test_rate_limit_error_carries_retry_after_seconds(kind: str) -> None:
    reply = api_error(429, "rate_limit_error", "rate_limit_exceeded", headers={"Retry-After": "12"})
    harness = Harness(kind, [reply], max_retries=0)
    with pytest.raises(kirimchat.RateLimitError) as caught:
        harness.attach()
    assert caught.value.retry_after == 12.0


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("status", "exception"),
    [
        (418, kirimchat.APIStatusError),
        (499, kirimchat.APIStatusError),
        (302, kirimchat.APIStatusError),
        (520, kirimchat.InternalServerError),
    ],
)
def test_undocumented_status_gives_a_status_error_not_a_crash(
    kind: str, status: int, exception: type
) -> None:
    harness = Harness(kind, [raw(status, "no envelope here")], max_retries=0)
    with pytest.raises(exception) as caught:
        harness.attach()
    assert type(caught.value) is exception
    assert caught.value.status_code == status
    assert caught.value.body == "no envelope here"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "body",
    [
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
        "",
        '{"error": {"type": "not_found", "code": "resource_not_fo',
        '{"error": "just a string"}',
        "[1, 2, 3]",
    ],
    ids=["html-from-a-proxy", "empty", "truncated-json", "error-not-an-object", "json-array"],
)
def test_error_body_that_is_not_an_envelope_still_gives_the_right_class(
    kind: str, body: str
) -> None:
    harness = Harness(kind, [raw(404, body)], max_retries=0)
    with pytest.raises(kirimchat.NotFoundError) as caught:
        harness.attach()
    error = caught.value
    assert error.body == body
    assert error.type is None and error.code is None and error.param is None
    assert "not an API error envelope" in str(error)
    assert body[:40] in str(error)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("<html>maintenance</html>", "the body is not JSON"),
        ("", "the body is not JSON"),
        ('{"data": {"contact_id": "ctc_', "the body is not JSON"),
        ('{"request_id": "req_1"}', "data is required"),
        (
            '{"data": {"contact_id": "x", "label_id": "y"}, "request_id": "r"}',
            "data.attached is required",
        ),
        (
            '{"data": {"contact_id": "x", "label_id": "y", "attached": "yes"}, "request_id": "r"}',
            "data.attached must be a boolean, not str",
        ),
        (
            '{"data": {"contact_id": 7, "label_id": "y", "attached": true}, "request_id": "r"}',
            "data.contact_id must be a string, not int",
        ),
        ("[]", "body must be an object, not list"),
    ],
    ids=[
        "html",
        "empty",
        "truncated",
        "no-data",
        "missing-field",
        "wrong-type",
        "number-id",
        "array",
    ],
)
def test_garbage_success_body_raises_response_validation_error_naming_the_problem(
    kind: str, body: str, problem: str
) -> None:
    harness = Harness(kind, [raw(200, body, "application/json")])
    with pytest.raises(kirimchat.APIResponseValidationError) as caught:
        harness.attach()
    assert problem in str(caught.value)
    assert caught.value.status_code == 200
    assert caught.value.body == body
    assert len(harness.requests) == 1  # a bad success body is not retried


@pytest.mark.parametrize("kind", KINDS)
def test_a_response_with_unknown_extra_fields_still_parses(kind: str) -> None:
    body = (
        '{"data": {"contact_id": "ctc_01HXYZABCDEFGHJKMNPQRSTVWX", "label_id": '
        '"lbl_01HXYZABCDEFGHJKMNPQRSTVWX", "attached": true, "attached_at": "now"}, '
        '"request_id": "req_01HXZ0ABCDEFGHJKMNPQRSTVWX", "livemode": true}'
    )
    result = Harness(kind, [raw(200, body, "application/json")]).attach()
    assert result.attached is True
    assert result.attached_at == "now"  # type: ignore[attr-defined]  # a field of a newer API
    assert result["attached_at"] == "now"
    assert result.to_dict()["attached_at"] == "now"


@pytest.mark.parametrize("kind", KINDS)
def test_raw_response_exposes_status_headers_and_body(kind: str) -> None:
    harness = Harness(kind, [attached()])
    response = harness.raw_attach()
    assert isinstance(response, kirimchat.APIResponse)
    assert response.status_code == 200
    assert response.request_id == REQUEST_ID
    assert response.headers["content-type"] == "application/json"
    assert response.json()["data"]["attached"] is True
    parsed = response.parse()
    assert parsed.attached is True
    assert response.parse() is parsed


@pytest.mark.parametrize("kind", KINDS)
def test_raw_response_still_raises_error_statuses(kind: str) -> None:
    harness = Harness(kind, [api_error(404, "not_found", "resource_not_found")], max_retries=0)
    with pytest.raises(kirimchat.NotFoundError):
        harness.raw_attach()
