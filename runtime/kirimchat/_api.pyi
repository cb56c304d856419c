# The part of the module `make generate` renders from templates/kirimchat/_api.py.jinja that the
# runtime uses, so that the runtime type-checks in place, before generation.
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

from ._validation import Rule

WebhookEvent: TypeAlias = Any
EVENTS: Mapping[str, tuple[Rule, Callable[[Mapping[str, Any]], Any]]]
