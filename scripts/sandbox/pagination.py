"""Cursor pagination of a list (newest first unless told otherwise), as the docs say.

`limit` items a page (the spec's default when absent: 25); `has_more` and `next_cursor` say
whether and where the list goes on. The cursor is checked against the list's operation,
organisation and filters before anything is listed (cursors.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from . import cursors
from .world import newest_first

PAGINATION_PARAMETERS = frozenset({"limit", "cursor"})

Item = TypeVar("Item")


def paginate(
    items: Iterable[Item],
    view: Callable[[Item], dict[str, Any]],
    *,
    query: Mapping[str, Any],
    codec: cursors.CursorCodec,
    operation_id: str,
    org_id: str,
    order: Callable[[Any], cursors.Position] = newest_first,
) -> dict[str, Any]:
    """One page of `items` for a validated query: the list envelope without `request_id`.

    `order` gives an item's place (a time and an id), largest first: by default its creation.
    """
    filters = {name: value for name, value in query.items() if name not in PAGINATION_PARAMETERS}
    bound = cursors.binding(operation_id, org_id, filters)
    ordered = sorted(items, key=order, reverse=True)
    if "cursor" in query:
        after = codec.read(query["cursor"], bound)
        ordered = [item for item in ordered if order(item) < after]
    limit = query["limit"]
    page, has_more = ordered[:limit], len(ordered) > limit
    return {
        "data": [view(item) for item in page],
        "has_more": has_more,
        "next_cursor": codec.issue(order(page[-1]), bound) if has_more else None,
    }
