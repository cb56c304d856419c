# The contract of the module `make generate` renders from
# templates/kirimchat/_webhook_events.py.jinja, so that the runtime type-checks in place.
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

from ._validation import Rule

WebhookEvent: TypeAlias = Any
EVENTS: Mapping[str, tuple[Rule, Callable[[Mapping[str, Any]], WebhookEvent]]]
