"""Routes of the sandbox only, outside the API's base path: what WhatsApp would do.

`POST /_sandbox/inbound_messages` with the caller's API key and `{"from": "+62…", "text":
"…"}` (optionally `"to"`: one of the organisation's numbers, by default its first) makes a
contact send a text message: a `message.received` event, and `contact.created` first when the
number was not a contact yet. The answer is 201 with the message.

    curl -s -X POST http://127.0.0.1:8000/_sandbox/inbound_messages \\
      -H "Authorization: Bearer $KIRIM_API_KEY" -d '{"from": "+6281234567890", "text": "Halo"}'
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import messaging, spec
from .ids import new_request_id
from .world import ApiKey, World

E164 = re.compile(r"\+[1-9]\d{6,14}")
INBOUND_PATH = "/_sandbox/inbound_messages"


def routes(
    world: World, authenticate: Callable[[Request], ApiKey], schemas: spec.Schemas
) -> list[Route]:
    """The sandbox's own routes; the message they answer is checked against the spec's Message
    (looked up when a message comes in: a spec without one still serves every operation)."""

    async def inbound(request: Request) -> Response:
        try:
            caller = authenticate(request)
        except Exception:  # the sandbox's 401: no organisation to act for
            return _problem(401, "an API key of the sandbox is required")
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError:
            return _problem(400, "the body must be JSON")
        if not isinstance(body, dict):
            return _problem(400, "the body must be a JSON object")
        return receive(world, caller.org_id, body, schemas.named("Message"))

    return [Route(INBOUND_PATH, inbound, methods=["POST"])]


def receive(world: World, org_id: str, body: dict[str, Any], message: spec.Validator) -> Response:
    sender, text = body.get("from"), body.get("text")
    if not isinstance(sender, str) or not E164.fullmatch(sender):
        return _problem(400, "from must be a phone number in E.164 form, e.g. +6281234567890")
    if not isinstance(text, str) or not 1 <= len(text) <= 4096:
        return _problem(400, "text must be 1 to 4096 characters")
    accounts = world.accounts_of(org_id)
    account = world.account(org_id, body.get("to", accounts[0].phone_number))
    if account is None:
        return _problem(400, "to must be one of the organisation's WhatsApp numbers")
    received = messaging.message_view(messaging.receive(world, account, sender, text))
    return JSONResponse({"data": message(spec.jsonable(received))}, 201)


def _problem(status: int, message: str) -> Response:
    error = {"type": "invalid_request_error", "message": message}
    return JSONResponse({"error": error, "request_id": new_request_id()}, status)
