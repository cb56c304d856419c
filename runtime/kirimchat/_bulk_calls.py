"""The engine of every bulk helper: one call split into requests the API accepts.

A helper (``client.contacts.bulk_attach_label(...)``) gives the operation, its list
argument, the request size and how to build one request's body from a chunk; ``plan`` builds
and checks every request before the first is sent, and ``run``/``arun`` send them in order,
summing the integer counts of the results. A failure raises ``BulkOperationError`` with the
totals so far and the items not processed, to resume with the same idempotency key.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from ._base_client import RequestOptions
from ._bulk import BulkOperationError, base_key, callers_index, chunk_key, chunked
from ._constants import IDEMPOTENCY_HEADER
from ._operations import Operation
from .errors import APIError, ParamValidationError
from .types import UNSET, Unset

ResultT = TypeVar("ResultT")


@dataclass(frozen=True)
class BulkPlan:
    """Every request of one bulk call, checked, with the chunk of items each one carries."""

    operation: Operation
    chunks: list[list[str]]
    requests: list[tuple[dict[str, Any], RequestOptions]]
    base_key: str


def plan(
    operation: Operation,
    items_name: str,
    items: Iterable[str],
    chunk_size: int,
    body: Callable[[list[str]], Mapping[str, Any]],
    idempotency_key: str | Unset,
    options: RequestOptions,
) -> BulkPlan:
    """Build and check every request; a malformed item anywhere raises before any is sent.

    A malformed item is reported by its index among the caller's ``items``, not its chunk's.
    """
    if isinstance(items, str | bytes):
        raise ParamValidationError(items_name, items, "must be a list of ids, not one string")
    if not isinstance(items, Iterable):
        raise ParamValidationError(items_name, items, "must be a list of ids")
    key = base_key(idempotency_key, options)
    chunks = chunked(items, chunk_size)
    no_arguments = tuple(UNSET for _ in operation.params)
    requests = []
    for number, chunk in enumerate(chunks):
        with callers_index(items_name, number * chunk_size):
            kwargs = operation.request(no_arguments, body(chunk))
        chunk_options = options.with_headers({IDEMPOTENCY_HEADER: chunk_key(key, kwargs["json"])})
        requests.append((kwargs, chunk_options))
    return BulkPlan(operation, chunks, requests, key)


def run(
    bulk: BulkPlan,
    send: Callable[[dict[str, Any], RequestOptions], httpx.Response],
    strict: bool,
    result: Callable[..., ResultT],
    counters: Sequence[str],
) -> ResultT:
    """Send the planned requests in order; ``result(**totals)`` of the summed ``counters``."""
    totals = dict.fromkeys(counters, 0)
    for index, (kwargs, options) in enumerate(bulk.requests):
        with _chunk(bulk, index, totals, result):
            _add(totals, bulk.operation.parse(send(kwargs, options), strict))
    return result(**totals)


async def arun(
    bulk: BulkPlan,
    send: Callable[[dict[str, Any], RequestOptions], Awaitable[httpx.Response]],
    strict: bool,
    result: Callable[..., ResultT],
    counters: Sequence[str],
) -> ResultT:
    """``run``, for the async client."""
    totals = dict.fromkeys(counters, 0)
    for index, (kwargs, options) in enumerate(bulk.requests):
        with _chunk(bulk, index, totals, result):
            _add(totals, bulk.operation.parse(await send(kwargs, options), strict))
    return result(**totals)


def _add(totals: dict[str, int], data: Any) -> None:
    for counter in totals:
        totals[counter] += getattr(data, counter)


@contextmanager
def _chunk(
    bulk: BulkPlan, index: int, totals: dict[str, int], result: Callable[..., Any]
) -> Iterator[None]:
    """Turn the API error of request ``index`` into a ``BulkOperationError`` to resume from."""
    try:
        yield
    except APIError as error:
        remaining = [item for chunk in bulk.chunks[index:] for item in chunk]
        raise BulkOperationError(result(**totals), remaining, bulk.base_key, error) from error
