"""Every handler of the sandbox, by operationId: the one place they are registered.

One module per tag of the spec (`Webhook Subscriptions` is webhook_subscriptions.py), each
listing its operations in a `HANDLERS` dict; `MODULE_NAMES` below lists the modules. An operation
of the spec that no module lists answers 501 naming it, after validating the request.

To add an operation: put it in openapi.yaml, write its function in the module of its tag, and
add it to that module's `HANDLERS`. A new tag gets a new module, added to `MODULE_NAMES`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ..call import Handler

# The modules of handlers, by tag: each is imported here and nowhere else.
MODULE_NAMES = (
    "accounts",
    "contacts",
    "conversations",
    "labels",
    "messages",
    "meta",
    "templates",
    "webhook_deliveries",
    "webhook_subscriptions",
)
MODULES = tuple(importlib.import_module(f"{__name__}.{name}") for name in MODULE_NAMES)


def module_for(tag: str) -> str:
    """Where the handlers of a tag's operations go, e.g. scripts/sandbox/handlers/labels.py."""
    return f"scripts/sandbox/handlers/{tag.lower().replace(' ', '_')}.py"


def registry(modules: tuple[ModuleType, ...]) -> dict[str, Handler]:
    """The modules' handlers in one dict; an operationId listed twice fails at import."""
    found: dict[str, Handler] = {}
    where: dict[str, str] = {}
    for module in modules:
        for operation_id, handler in module.HANDLERS.items():
            if operation_id in found:
                raise RuntimeError(
                    f"{operation_id} has a handler in {where[operation_id]} and in "
                    f"{module.__name__}: keep the one in the module of its tag"
                )
            found[operation_id], where[operation_id] = handler, module.__name__
    return found


# Tests lend handlers to fixture specs' operations by setting items here (monkeypatch).
HANDLERS = registry(MODULES)
