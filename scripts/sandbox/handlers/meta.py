"""The Meta operations: the API's health (public) and the caller's own key and limits."""

from __future__ import annotations

from typing import Any

from .. import views
from ..call import Call, Handler


def get_health(call: Call) -> dict[str, Any]:
    return {"data": {"status": "ok"}}


def get_me(call: Call) -> dict[str, Any]:
    budgets = call.budgets
    return {
        "data": {
            "organization": views.organization(call.world.organizations[call.org_id]),
            "api_key": views.api_key(call.caller),
            "rate_limits": {
                "tier": budgets.tier,
                "write_per_minute": budgets.write_per_minute,
                "read_per_minute": budgets.read_per_minute,
            },
        }
    }


HANDLERS: dict[str, Handler] = {
    "getHealth": get_health,
    "getMe": get_me,
}
