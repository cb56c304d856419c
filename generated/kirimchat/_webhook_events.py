"""The typed events of the API description's ``webhooks:`` section, for ``kirimchat.webhooks``.

Generated from openapi.yaml: each event type, its model and the rule its payload must follow.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NoReturn, TypeAlias

from ._validation import Rule

WebhookEvent: TypeAlias = NoReturn
"""Any event of the API description; match on its class."""

EVENTS: Mapping[str, tuple[Rule, Callable[[Mapping[str, Any]], WebhookEvent]]] = {}
"""Each event type: the rule its body follows and the model it becomes."""
