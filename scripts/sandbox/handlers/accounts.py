"""The Accounts operations: the organisation's WhatsApp numbers (one page, never a cursor)."""

from __future__ import annotations

from typing import Any

from .. import messaging
from ..call import Call, Handler


def list_accounts(call: Call) -> dict[str, Any]:
    accounts = call.world.accounts_of(call.org_id)
    if call.query.get("status", "connected") == "connected":
        accounts = [account for account in accounts if account.status == "connected"]
    return {
        "data": [messaging.account_view(account) for account in accounts],
        "has_more": False,
        "next_cursor": None,
    }


HANDLERS: dict[str, Handler] = {
    "listAccounts": list_accounts,
}
