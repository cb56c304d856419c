"""The bulk helpers: chunks of at most 1000, one idempotency key each, summed counts, resume."""

from __future__ import annotations

import json
from typing import Any

import httpx
import kirimchat
import pytest
from client_harness import KINDS, LABEL, REQUEST_ID, Harness, api_error


def contact(number: int) -> str:
    return f"ctc_{number:026d}"


def bulk_result(request: httpx.Request) -> httpx.Response:
    """Applies every id but those ending in 9, which count as another team's."""
    ids = json.loads(request.content)["contact_ids"]
    mismatched = sum(1 for i in ids if i.endswith("9"))
    body = {
        "data": {
            "applied": len(ids) - mismatched,
            "skipped_cross_org": 0,
            "skipped_team_mismatch": mismatched,
        },
        "request_id": REQUEST_ID,
    }
    return httpx.Response(200, json=body)


def bulk(harness: Harness, ids: Any, operation: str = "attach", **options: Any) -> Any:
    helper = f"bulk_{operation}_label"
    return harness.run(lambda c: getattr(c.contacts, helper)(LABEL, ids, **options))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("operation", ["attach", "detach"])
def test_any_number_of_ids_goes_in_chunks_of_1000_with_summed_counts(
    kind: str, operation: str
) -> None:
    ids = [contact(n) for n in range(2500)]
    harness = Harness(kind, [bulk_result] * 3)

    result = bulk(harness, ids, operation)

    bodies = [harness.sent_json(i) for i in range(len(harness.requests))]
    assert [len(b["contact_ids"]) for b in bodies] == [1000, 1000, 500]
    assert [i for b in bodies for i in b["contact_ids"]] == ids  # in order, none twice
    assert {b["operation"] for b in bodies} == {operation}
    assert {b["label_id"] for b in bodies} == {LABEL}
    assert all(r.url.path == "/v1/contacts/bulk_label" for r in harness.requests)
    assert result.applied == 2250 and result.skipped_team_mismatch == 250
    assert result.skipped_cross_org == 0


@pytest.mark.parametrize("kind", KINDS)
def test_each_chunk_has_its_own_idempotency_key_kept_across_its_retries(kind: str) -> None:
    ids = [contact(n) for n in range(1500)]
    failure = api_error(503, "api_error", "internal_error")
    harness = Harness(kind, [bulk_result, failure, bulk_result])

    bulk(harness, ids)

    keys = [r.headers["Idempotency-Key"] for r in harness.requests]
    assert keys[1] == keys[2]  # the retried second chunk
    assert keys[0] != keys[1]
    assert keys[0].split("-")[:5] == keys[1].split("-")[:5]  # one call, one base key


@pytest.mark.parametrize("kind", KINDS)
def test_a_malformed_id_anywhere_sends_nothing(kind: str) -> None:
    ids = [contact(n) for n in range(2500)]
    ids[2222] = "ctc_nope"
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        bulk(harness, ids)
    assert caught.value.param == "contact_ids[2222]"  # its place in the caller's list
    assert caught.value.value == "ctc_nope"
    assert harness.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_single_string_instead_of_a_list_is_refused(kind: str) -> None:
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError, match="not one string"):
        bulk(harness, contact(1))
    assert harness.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_failed_chunk_reports_totals_and_the_ids_to_resume_with(kind: str) -> None:
    ids = [contact(n) for n in range(3000)]
    gone = api_error(500, "api_error", "internal_error")
    harness = Harness(kind, [bulk_result, gone, gone, gone], max_retries=2)

    with pytest.raises(kirimchat.BulkOperationError) as caught:
        bulk(harness, ids)

    failure = caught.value
    assert failure.totals.applied == 900 and failure.totals.skipped_team_mismatch == 100
    assert failure.remaining_ids == ids[1000:]
    assert isinstance(failure.error, kirimchat.InternalServerError)
    assert failure.__cause__ is failure.error
    failed_key = harness.requests[1].headers["Idempotency-Key"]
    assert len(harness.requests) == 4  # first chunk, then the second chunk three times

    # Resuming with the same key re-sends the failed chunk under its old key, so an API that
    # had applied it replays the result instead of applying it twice.
    resumed = Harness(kind, [bulk_result, bulk_result])
    rest = bulk(resumed, failure.remaining_ids, idempotency_key=failure.idempotency_key)
    assert resumed.requests[0].headers["Idempotency-Key"] == failed_key
    assert failure.totals.applied + rest.applied == 2700
    sent = [i for n in range(len(resumed.requests)) for i in resumed.sent_json(n)["contact_ids"]]
    assert sent == ids[1000:]


@pytest.mark.parametrize("kind", KINDS)
def test_no_ids_sends_nothing_and_counts_zero(kind: str) -> None:
    harness = Harness(kind)
    result = bulk(harness, [])
    assert (result.applied, result.skipped_cross_org, result.skipped_team_mismatch) == (0, 0, 0)
    assert harness.requests == []


def test_the_raw_operation_still_enforces_the_1000_limit() -> None:
    harness = Harness("sync")
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        harness.client.contacts.bulk_label(
            contact_ids=[contact(n) for n in range(1001)], label_id=LABEL, operation="attach"
        )
    assert caught.value.rule == "must have at most 1000 items"
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        harness.client.contacts.bulk_label(
            contact_ids=[contact(1)], label_id=LABEL, operation="merge"
        )
    assert caught.value.param == "operation"
    assert harness.requests == []
