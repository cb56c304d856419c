"""Failures the client must never let surprise a caller (issue 12): duplicated headers, raw
httpx or Python exceptions, silent retry loops, unbounded paging, leaked sockets, exceptions
that do not pickle, personal data in logs, and a lost DELETE answer turned into a 404."""

from __future__ import annotations

import asyncio
import gc
import inspect
import json
import logging
import pickle
import re
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import kirimchat
import pytest
from client_harness import (
    CONTACT,
    KEY,
    KINDS,
    LABEL,
    REQUEST_ID,
    Harness,
    api_error,
    attached,
    raw,
)
from kirimchat import _api
from recording_server import recording_server
from support import stable_repr

PHONE = "+6281234567890"
EMAIL = "siti@example.com"


def _page(ids: list[int], has_more: bool, next_cursor: str | None) -> httpx.Response:
    labels = [
        {
            "id": f"lbl_{n:026d}",
            "object": "label",
            "name": f"label {n}",
            "color": "gray",
            "team_id": "team_main",
            "created_at": "2026-05-01T08:30:00Z",
            "updated_at": "2026-05-01T08:30:00Z",
        }
        for n in ids
    ]
    body = {"data": labels, "has_more": has_more, "next_cursor": next_cursor}
    return httpx.Response(200, json={**body, "request_id": REQUEST_ID})


def _no_contacts() -> httpx.Response:
    body = {"data": [], "has_more": False, "next_cursor": None, "request_id": REQUEST_ID}
    return httpx.Response(200, json=body)


def _deleted() -> httpx.Response:
    data = {"id": LABEL, "object": "label", "deleted": True}
    return httpx.Response(200, json={"data": data, "request_id": REQUEST_ID})


def _walk(harness: Harness) -> list[str]:
    """Every label id of ``labels.list()``, collected until the walk ends or raises."""
    seen: list[str] = []
    if harness.kind == "sync":
        for item in harness.client.labels.list():
            seen.append(item.id)
        return seen

    async def walk() -> list[str]:
        async for item in harness.client.labels.list():
            seen.append(item.id)
        return seen

    return asyncio.run(walk())


# 1. Headers are merged by name, ignoring case; the caller's value wins.


@pytest.mark.parametrize("kind", KINDS)
def test_header_names_differing_in_case_are_sent_once_and_the_callers_value_wins(
    kind: str,
) -> None:
    harness = Harness(
        kind, [attached()], default_headers={"user-agent": "mine/1", "X-Team": "default"}
    )
    harness.attach(
        extra_headers={
            "authorization": "Bearer kdv_live_OtherKeyOtherKeyOtherKey",
            "idempotency-key": "my-key",
            "x-team": "call",
        }
    )
    sent = harness.requests[0].headers
    assert sent.get_list("User-Agent") == ["mine/1"]
    assert sent.get_list("Authorization") == ["Bearer kdv_live_OtherKeyOtherKeyOtherKey"]
    assert sent.get_list("Idempotency-Key") == ["my-key"]
    assert sent.get_list("X-Team") == ["call"]


@pytest.mark.parametrize("kind", KINDS)
def test_with_options_replaces_a_default_header_given_in_another_case(kind: str) -> None:
    harness = Harness(kind, [attached()], default_headers={"X-Team": "one"})
    copy = harness.client.with_options(default_headers={"x-team": "two"})
    harness.run(lambda _: copy.contacts.attach_label(CONTACT, label_id=LABEL))
    assert harness.requests[0].headers.get_list("X-Team") == ["two"]


def _bulk_result(request: httpx.Request) -> httpx.Response:
    count = len(json.loads(request.content)["contact_ids"])
    body = {
        "data": {"applied": count, "skipped_cross_org": 0, "skipped_team_mismatch": 0},
        "request_id": REQUEST_ID,
    }
    return httpx.Response(200, json=body)


def _bulk(harness: Harness, ids: list[str], **options: Any) -> Any:
    return harness.run(lambda c: c.contacts.bulk_attach_label(LABEL, ids, **options))


@pytest.mark.parametrize("kind", KINDS)
def test_a_bulk_key_given_as_a_header_in_any_case_is_the_one_chunks_derive_from(
    kind: str,
) -> None:
    ids = [f"ctc_{n:026d}" for n in range(1500)]
    by_header = Harness(kind, [_bulk_result] * 2)
    _bulk(by_header, ids, extra_headers={"idempotency-key": "resume-me"})
    by_argument = Harness(kind, [_bulk_result] * 2)
    _bulk(by_argument, ids, idempotency_key="resume-me")
    keys = [r.headers.get_list("Idempotency-Key") for r in by_header.requests]
    assert all(len(values) == 1 for values in keys)  # never two spellings of the header
    assert keys == [r.headers.get_list("Idempotency-Key") for r in by_argument.requests]
    assert keys[0][0].startswith("resume-me-") and keys[0] != keys[1]


@pytest.mark.parametrize("kind", KINDS)
def test_a_bulk_call_with_two_different_keys_is_refused(kind: str) -> None:
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError, match="extra_headers"):
        _bulk(harness, [CONTACT], idempotency_key="a", extra_headers={"Idempotency-Key": "b"})
    assert harness.requests == []


# 2. Every failure is a KirimChatError; bad options are refused when given.


@pytest.fixture
def server() -> Iterator[tuple[str, Any]]:
    with recording_server() as running:
        yield running


def _client(kind: str, base_url: str, **options: Any) -> Any:
    cls = kirimchat.KirimChat if kind == "sync" else kirimchat.AsyncKirimChat
    return cls(api_key=KEY, base_url=base_url, max_retries=0, **options)


def _call(kind: str, client: Any) -> Any:
    if kind == "sync":
        return client.contacts.attach_label(CONTACT, label_id=LABEL)

    async def call() -> Any:
        return await client.contacts.attach_label(CONTACT, label_id=LABEL)

    return asyncio.run(call())


@pytest.mark.parametrize("kind", KINDS)
def test_a_broken_content_encoding_is_an_api_error(kind: str, server: Any) -> None:
    base_url, script = server
    script.replies.append((200, {"Content-Encoding": "gzip"}, b"this is not gzip at all"))
    client = _client(kind, base_url)
    with pytest.raises(kirimchat.APIError) as caught:
        _call(kind, client)
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert "/v1/contacts/" in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
def test_a_call_on_a_closed_client_is_a_kirimchat_error_and_sends_nothing(
    kind: str, server: Any
) -> None:
    base_url, script = server
    client = _client(kind, base_url)
    assert client.is_closed() is False
    if kind == "sync":
        client.close()
    else:
        asyncio.run(client.close())
    assert client.is_closed() is True
    with pytest.raises(kirimchat.KirimChatError, match="closed"):
        _call(kind, client)
    assert script.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_closed_http_client_of_the_callers_is_a_kirimchat_error(kind: str) -> None:
    harness = Harness(kind)
    if kind == "sync":
        harness.http.close()
    else:
        asyncio.run(harness.http.aclose())
    assert harness.client.is_closed() is True
    with pytest.raises(kirimchat.KirimChatError, match="closed"):
        harness.attach()
    assert harness.requests == []


UNUSABLE_TIMEOUTS = [
    float("inf"),
    float("nan"),
    1e300,
    -1,
    0,
    True,
    "30",
    httpx.Timeout(float("inf")),
    httpx.Timeout(10.0, read=float("nan")),
    httpx.Timeout(None),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("timeout", UNUSABLE_TIMEOUTS, ids=stable_repr)
def test_an_unusable_timeout_is_refused_when_given(kind: str, timeout: Any) -> None:
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError, match="timeout"):
        harness.attach(timeout=timeout)
    with pytest.raises(kirimchat.ParamValidationError, match="timeout"):
        harness.client.with_options(timeout=timeout)
    cls = kirimchat.KirimChat if kind == "sync" else kirimchat.AsyncKirimChat
    with pytest.raises(kirimchat.ParamValidationError, match="timeout"):
        cls(api_key=KEY, timeout=timeout)
    assert harness.requests == []


BAD_OPTIONS = [
    {"extra_headers": [("X-A", "1")]},
    {"extra_headers": "X-A: 1"},
    {"extra_headers": {"X-A": 1}},
    {"extra_query": ["a", "b"]},
    {"extra_query": {"a": object()}},
    {"extra_query": {1: "a"}},
    {"extra_body": "text"},
    {"extra_body": {"note": object()}},
    {"extra_body": {"ratio": float("nan")}},
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("options", BAD_OPTIONS, ids=stable_repr)
def test_bad_per_call_options_are_refused_and_send_nothing(
    kind: str, options: dict[str, Any]
) -> None:
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError, match=next(iter(options))):
        harness.attach(**options)
    assert harness.requests == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "options",
    [{"default_headers": [("X-A", "1")]}, {"default_query": "a=1"}, {"http_client": object()}],
    ids=lambda options: f"{next(iter(options))}-{type(next(iter(options.values()))).__name__}",
)
def test_bad_client_options_are_refused_by_the_constructor(
    kind: str, options: dict[str, Any]
) -> None:
    cls = kirimchat.KirimChat if kind == "sync" else kirimchat.AsyncKirimChat
    with pytest.raises(kirimchat.ParamValidationError, match=next(iter(options))):
        cls(api_key=KEY, **options)


# 3. Retry-After beyond the cap is not waited for, 0 means backoff; x-should-retry; retry count.


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (
            api_error(
                429, "rate_limit_error", "rate_limit_exceeded", headers={"Retry-After": "61"}
            ),
            kirimchat.RateLimitError,
        ),
        (
            api_error(503, "api_error", "internal_error", headers={"retry-after-ms": "120000"}),
            kirimchat.InternalServerError,
        ),
    ],
    ids=["429", "503"],
)
def test_a_retry_after_beyond_60_seconds_raises_at_once_with_retry_after(
    kind: str, reply: httpx.Response, error: type[kirimchat.APIStatusError]
) -> None:
    harness = Harness(kind, [reply, attached()])
    with pytest.raises(error) as caught:
        harness.attach()
    assert caught.value.retry_after is not None and caught.value.retry_after > 60
    assert len(harness.requests) == 1
    assert harness.sleeps == []


@pytest.mark.parametrize("kind", KINDS)
def test_x_should_retry_false_stops_a_retry_and_true_asks_for_one(kind: str) -> None:
    refused = Harness(kind, [raw(503, "busy", "text/plain"), attached()])
    refused.replies[0].headers["x-should-retry"] = "false"
    with pytest.raises(kirimchat.InternalServerError):
        refused.attach()
    assert len(refused.requests) == 1

    asked = Harness(kind, [api_error(400, "invalid_request_error", "x"), attached()])
    asked.replies[0].headers["x-should-retry"] = "true"
    assert asked.attach().attached is True
    assert len(asked.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_every_attempt_says_how_many_retries_came_before(kind: str) -> None:
    counts: list[list[str]] = []

    def note(reply: Any) -> Any:
        def answer(request: httpx.Request) -> httpx.Response:
            counts.append(request.headers.get_list("X-Kirimchat-Retry-Count"))
            if isinstance(reply, Exception):
                raise reply
            return reply

        return answer

    harness = Harness(
        kind, [note(raw(500, "oops")), note(httpx.ReadTimeout("slow")), note(attached())]
    )
    harness.attach()
    assert counts == [["0"], ["1"], ["2"]]


# 4. retry_after in UTC, sanitised.


def _rate_limited(headers: dict[str, str]) -> httpx.Response:
    return api_error(429, "rate_limit_error", "rate_limit_exceeded", headers=headers)


@pytest.fixture
def far_east_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available here")
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("kind", KINDS)
def test_an_http_date_in_minus_0000_is_read_as_utc(kind: str, far_east_local_time: None) -> None:
    naive_utc = datetime.now(timezone.utc).replace(tzinfo=None) + timedelta(seconds=20)
    date = format_datetime(naive_utc)
    assert date.endswith("-0000")
    harness = Harness(kind, [_rate_limited({"Retry-After": date})], max_retries=0)
    with pytest.raises(kirimchat.RateLimitError) as caught:
        harness.attach()
    assert caught.value.retry_after is not None
    assert 15 <= caught.value.retry_after <= 20


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "1e400"}, None),
        ({"Retry-After": "-5"}, None),
        ({"retry-after-ms": "nan", "Retry-After": "3"}, 3.0),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # long past
    ],
)
def test_retry_after_is_finite_and_not_negative(
    kind: str, headers: dict[str, str], expected: float | None
) -> None:
    harness = Harness(kind, [_rate_limited(headers)], max_retries=0)
    with pytest.raises(kirimchat.RateLimitError) as caught:
        harness.attach()
    assert caught.value.retry_after == expected


# 5. Pagination never loops and never stops short.


@pytest.mark.parametrize("kind", KINDS)
def test_cycling_cursors_raise_instead_of_looping(kind: str) -> None:
    replies = [_page([1], True, "A"), _page([2], True, "B"), _page([3], True, "A")]
    harness = Harness(kind, [*replies, *replies])
    with pytest.raises(kirimchat.KirimChatError, match="circle"):
        _walk(harness)
    assert len(harness.requests) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_empty_pages_that_say_has_more_stop_with_an_error(kind: str) -> None:
    harness = Harness(kind, [_page([], True, f"c{n}") for n in range(50)])
    with pytest.raises(kirimchat.KirimChatError, match="empty pages"):
        _walk(harness)
    assert len(harness.requests) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_few_empty_pages_between_full_ones_are_walked(kind: str) -> None:
    replies = [_page([], True, "a"), _page([], True, "b"), _page([7], False, None)]
    assert _walk(Harness(kind, replies)) == [f"lbl_{7:026d}"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("cursor", [None, ""])
def test_has_more_without_a_cursor_raises_instead_of_truncating(
    kind: str, cursor: str | None
) -> None:
    harness = Harness(kind, [_page([1, 2], True, "next"), _page([3], True, cursor)])
    with pytest.raises(kirimchat.KirimChatError, match="no next_cursor"):
        _walk(harness)
    assert len(harness.requests) == 2


def test_asking_one_page_for_its_next_page_twice_is_not_a_cycle() -> None:
    harness = Harness(
        "sync", [_page([1], True, "A"), _page([2], False, None), _page([2], False, None)]
    )
    page = harness.client.labels.list()
    page.next_page()
    assert [item.id for item in page] == [f"lbl_{1:026d}", f"lbl_{2:026d}"]


# 6. The bulk helpers name a bad id by its place in the caller's list.


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("bad", [0, 999, 1000, 1699])
def test_a_bulk_helper_reports_the_callers_index(kind: str, bad: int) -> None:
    ids = [f"ctc_{n:026d}" for n in range(1700)]
    ids[bad] = "ctc_nope"
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        _bulk(harness, ids)
    assert caught.value.param == f"contact_ids[{bad}]"
    assert harness.requests == []


# 9. A dropped client closes the pool it made.


def _pool(client: Any) -> Any:
    return client._http._transport._pool


def test_a_dropped_sync_client_closes_its_connections(server: Any) -> None:
    base_url, script = server
    script.replies.append((200, {}, attached().content))
    client = _client("sync", base_url)
    _call("sync", client)
    pool = _pool(client)
    assert pool.connections  # one kept alive for the next call
    del client
    assert pool.connections == []  # at once: no reference cycle waits for the collector


def test_a_dropped_async_client_closes_its_connections(server: Any) -> None:
    base_url, script = server
    script.replies.append((200, {}, attached().content))

    async def main() -> list[Any]:
        client = _client("async", base_url)
        await client.contacts.attach_label(CONTACT, label_id=LABEL)
        pool = _pool(client)
        assert pool.connections
        del client
        for _ in range(10):
            await asyncio.sleep(0)
        return list(pool.connections)

    assert asyncio.run(main()) == []


def test_a_dropped_copy_from_with_options_leaves_the_pool_open(server: Any) -> None:
    base_url, script = server
    script.replies.extend([(200, {}, attached().content)] * 2)
    client = _client("sync", base_url)
    copy = client.with_options(max_retries=1)
    _call("sync", copy)
    del copy
    gc.collect()
    assert client.is_closed() is False
    _call("sync", client)
    assert len(script.requests) == 2


# 10. Exceptions survive pickling.


def _raised(kind: str, reply: Any, **options: Any) -> kirimchat.KirimChatError:
    harness = Harness(kind, [reply], max_retries=0)
    with pytest.raises(kirimchat.KirimChatError) as caught:
        harness.attach(**options)
    return caught.value


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "reply",
    [
        _rate_limited({"Retry-After": "3"}),
        api_error(404, "not_found", "resource_not_found", param="id"),
        raw(502, "<html>bad gateway</html>"),
        raw(200, "not json", "application/json"),
        httpx.ReadTimeout("slow"),
        httpx.ConnectError("refused"),
    ],
    ids=["429", "404", "502", "invalid-body", "timeout", "connect"],
)
def test_exceptions_survive_pickling(kind: str, reply: Any) -> None:
    error = _raised(kind, reply)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    for name in ("status_code", "type", "code", "param", "request_id", "retry_after", "body"):
        assert getattr(copy, name, None) == getattr(error, name, None), name
    assert copy.request.url == error.request.url  # type: ignore[attr-defined]
    assert KEY.encode() not in pickle.dumps(error)  # result backends store pickles


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "reply",
    [api_error(status, "error", "code") for status in (400, 401, 403, 404, 409, 422, 429, 500)]
    + [raw(503, "down"), raw(200, "not json", "application/json")]
    + [httpx.ReadTimeout("slow"), httpx.ConnectError("refused")],
    ids=lambda reply: str(getattr(reply, "status_code", type(reply).__name__)),
)
def test_no_pickled_error_holds_the_api_key(kind: str, reply: Any) -> None:
    error = _raised(kind, reply)
    assert isinstance(error, kirimchat.APIError)
    data = pickle.dumps(error)
    assert KEY.encode() not in data
    copy = pickle.loads(data)
    assert (copy.request.method, copy.request.url) == (error.request.method, error.request.url)
    assert "authorization" not in copy.request.headers
    assert getattr(copy, "request_id", None) == getattr(error, "request_id", None)


def test_validation_and_bulk_errors_survive_pickling() -> None:
    invalid = _raised("sync", attached(), timeout=-1)
    assert isinstance(invalid, kirimchat.ParamValidationError)
    copy = pickle.loads(pickle.dumps(invalid))
    assert (copy.param, copy.value, copy.rule) == (invalid.param, invalid.value, invalid.rule)

    ids = [f"ctc_{n:026d}" for n in range(1500)]
    harness = Harness("sync", [_bulk_result, api_error(500, "api_error", "x")], max_retries=0)
    with pytest.raises(kirimchat.BulkOperationError) as caught:
        _bulk(harness, ids)
    bulk = pickle.loads(pickle.dumps(caught.value))
    assert bulk.remaining_ids == caught.value.remaining_ids
    assert bulk.idempotency_key == caught.value.idempotency_key
    assert bulk.totals.applied == 1000
    assert isinstance(bulk.error, kirimchat.InternalServerError)
    assert KEY.encode() not in pickle.dumps(caught.value)


# 11. Logs and errors never show query values.


@pytest.mark.parametrize("kind", KINDS)
def test_logs_name_the_path_as_sent_never_query_values(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    harness = Harness(kind, [raw(503, "busy"), _no_contacts()])
    with caplog.at_level(logging.DEBUG, logger="kirimchat"):
        harness.run(lambda c: _first_page(kind, c, phone=PHONE, search=EMAIL))
    text = caplog.text
    assert "GET /v1/contacts -> 503 in " in text and "GET /v1/contacts -> 200 in " in text
    assert PHONE not in text and PHONE[1:] not in text and "siti" not in text
    assert KEY not in text


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("failure", "error", "phrase"),
    [
        (httpx.ReadTimeout("slow"), kirimchat.APITimeoutError, "timed out"),
        (httpx.ConnectError("refused"), kirimchat.APIConnectionError, "Connection error"),
    ],
)
def test_connection_errors_name_host_path_timeout_and_attempts_but_not_the_query(
    kind: str, failure: Exception, error: type[Exception], phrase: str
) -> None:
    harness = Harness(kind, [failure] * 3, timeout=12.5)
    with pytest.raises(error) as caught:
        harness.run(lambda c: _first_page(kind, c, phone=PHONE))
    message = str(caught.value)
    assert phrase in message
    assert "kirim.test/v1/contacts" in message and "3 attempts" in message
    assert PHONE not in message and "phone" not in message
    if error is kirimchat.APITimeoutError:
        assert "12.5 s" in message


def _first_page(kind: str, client: Any, resource: str = "contacts", **filters: Any) -> Any:
    """The first page of ``client.<resource>.list(**filters)``, awaited for the async client."""
    paginator = getattr(client, resource).list(**filters)
    if kind == "sync":
        return paginator

    async def first() -> Any:
        return await paginator

    return first()


# 12. A DELETE is sent again only when it cannot have been applied.


def _delete(harness: Harness) -> Any:
    return harness.run(lambda c: c.labels.delete(LABEL))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "lost",
    [httpx.ReadTimeout("answer lost"), httpx.RemoteProtocolError("dropped"), raw(502, "gw")],
    ids=["timeout", "dropped", "502"],
)
def test_a_delete_whose_answer_was_lost_is_not_retried_into_a_404(kind: str, lost: Any) -> None:
    harness = Harness(kind, [lost, api_error(404, "not_found", "resource_not_found")])
    with pytest.raises(kirimchat.APIError) as caught:
        _delete(harness)
    assert not isinstance(caught.value, kirimchat.NotFoundError)
    assert len(harness.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "unsent",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("no route"),
        _rate_limited({"Retry-After": "1"}),
        raw(408, "timeout"),
    ],
    ids=["connect", "connect-timeout", "429", "408"],
)
def test_a_delete_that_cannot_have_been_applied_is_retried(kind: str, unsent: Any) -> None:
    harness = Harness(kind, [unsent, _deleted()])
    assert _delete(harness).deleted is True
    assert len(harness.requests) == 2


# Parity with the Stainless SDKs.


@pytest.mark.parametrize("kind", KINDS)
def test_extra_query_and_default_query_reach_the_url_the_call_winning(kind: str) -> None:
    harness = Harness(kind, [_no_contacts()], default_query={"region": "id", "trace": "1"})
    harness.run(
        lambda c: _first_page(kind, c, limit=5, extra_query={"trace": "2", "limit": 7, "x": True})
    )
    params = harness.requests[0].url.params
    assert params.get_list("region") == ["id"]
    assert params.get_list("trace") == ["2"]
    assert params.get_list("limit") == ["7"]  # extra_query wins over the operation's own
    assert params.get_list("x") == ["true"]


@pytest.mark.parametrize("kind", KINDS)
def test_extra_body_adds_and_overrides_json_fields(kind: str) -> None:
    harness = Harness(kind, [attached()])
    harness.attach(extra_body={"note": "from a beta", "label_id": LABEL, "n": [1, None]})
    assert harness.sent_json() == {"label_id": LABEL, "note": "from a beta", "n": [1, None]}


@pytest.mark.parametrize("client_class", [kirimchat.KirimChat, kirimchat.AsyncKirimChat])
def test_only_an_operation_with_a_body_offers_extra_body(client_class: Any) -> None:
    # A GET has no body to add fields to: the argument is not offered (type checkers and
    # editors say so), rather than accepted and refused at run time.
    client = client_class(api_key=KEY, base_url="http://kirim.test/v1")
    seen = set()
    for attribute, value in inspect.getmembers(type(client)):
        if not isinstance(value, property) or attribute == "webhooks":
            continue
        resource = getattr(client, attribute)
        if not hasattr(resource, "with_raw_response"):
            continue
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            declaration = getattr(_api, _constant_of(method), None)
            if name.startswith("_") or declaration is None:
                continue
            offers = "extra_body" in inspect.signature(method).parameters
            assert offers is (declaration.body is not None), f"{attribute}.{name}"
            seen.add(offers)
    assert seen == {True, False}


def _constant_of(method: Any) -> str:
    """The name of a method's declaration in kirimchat._api, read from its source."""
    found = re.search(r"_api\.([A-Z0-9_]+)", inspect.getsource(method))
    return found[1] if found else ""


@pytest.mark.parametrize("kind", KINDS)
def test_bulk_helpers_take_extra_query_and_extra_body_for_each_request(kind: str) -> None:
    ids = [f"ctc_{n:026d}" for n in range(1200)]
    harness = Harness(kind, [_bulk_result] * 2)
    _bulk(harness, ids, extra_query={"dry": "no"}, extra_body={"note": "n"})
    assert [r.url.params.get("dry") for r in harness.requests] == ["no", "no"]
    assert [harness.sent_json(i)["note"] for i in range(2)] == ["n", "n"]


@pytest.mark.parametrize("kind", KINDS)
def test_with_options_can_swap_the_http_client(kind: str) -> None:
    harness = Harness(kind)
    other = Harness(kind, [attached()])
    copy = harness.client.with_options(http_client=other.http, default_query={"q": "1"})
    harness.run(lambda _: copy.contacts.attach_label(CONTACT, label_id=LABEL))
    assert harness.requests == []
    assert len(other.requests) == 1 and other.requests[0].url.params["q"] == "1"
    assert copy.api_key == harness.client.api_key


def test_default_httpx_clients_carry_the_sdks_timeouts_limits_and_no_redirects() -> None:
    for cls, client_cls in (
        (kirimchat.DefaultHttpxClient, kirimchat.KirimChat),
        (kirimchat.DefaultAsyncHttpxClient, kirimchat.AsyncKirimChat),
    ):
        http = cls(headers={"X-Proxy-Auth": "p"})
        assert http.timeout == kirimchat.DEFAULT_TIMEOUT
        assert http.follow_redirects is False
        pool = http._transport._pool  # type: ignore[attr-defined]
        assert pool._max_connections == 100 and pool._max_keepalive_connections == 50
        client = client_cls(api_key=KEY, http_client=http)
        assert client.is_closed() is False
        assert cls(timeout=3.0).timeout == httpx.Timeout(3.0)  # the caller's choice wins


# Python versions: the SDK reads the API's date-times the same on 3.10 as on 3.13.


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "microseconds"),
    [
        ("2026-05-01T08:30:00Z", 0),
        ("2026-05-01T08:30:00.5Z", 500000),
        ("2026-05-01t08:30:00.1234567z", 123456),
        ("2026-05-01T15:30:00.25+07:00", 250000),
    ],
)
def test_rfc_3339_date_times_parse_on_every_python(kind: str, text: str, microseconds: int) -> None:
    reply = _page([1], False, None)
    body = json.loads(reply.content)
    body["data"][0]["created_at"] = text
    harness = Harness(kind, [httpx.Response(200, json=body)])
    created = _first_label(harness).created_at
    assert created.tzinfo is not None
    assert created.astimezone(timezone.utc).hour == 8 and created.minute == 30
    assert created.microsecond == microseconds


def _first_label(harness: Harness) -> Any:
    page = harness.run(lambda c: _first_page(harness.kind, c, resource="labels"))
    return page.data[0]
