"""The Templates operations: the organisation's message templates, read only."""

from __future__ import annotations

from typing import Any

from .. import errors, messaging
from ..call import Call, Handler


def list_templates(call: Call) -> dict[str, Any]:
    return call.page(call.world.templates_of(call.org_id), messaging.template_view)


def get_template(call: Call) -> dict[str, Any]:
    template = call.world.template(call.org_id, call.path["id"])
    if template is None:
        raise errors.not_found(f"template {call.path['id']}", "id")
    return {"data": messaging.template_view(template)}


HANDLERS: dict[str, Handler] = {
    "listTemplates": list_templates,
    "getTemplate": get_template,
}
