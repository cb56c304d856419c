"""Webhook events as the sandbox's world emits them: the seam between the API's behaviour
(messages, conversations, contacts) and webhook delivery, which listens.

    world.events.listen(deliver)          # deliver(event_type, data) for every event
    world.events.emit("message.status", {"message": views_of_it})

`event_type` is one of the event types of the spec's `webhooks` section; `data` is that
event's `data` object exactly as the wire shows it (JSON-ready: timestamps as RFC 3339
strings). Building the envelope (`id`, `type`, `created_at`) and delivering it to the
subscriptions that want it is the listener's business. Listeners run synchronously, in the
order they were added, inside the request (or timer tick) that caused the event; a listener
must not raise (a failed delivery is recorded, not propagated).

The events themselves are emitted by `conversations.py`, `operations.py` (contact creation)
and `messaging.py` (the status steps a timer drives: `messaging.advance`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

EventListener = Callable[[str, dict[str, Any]], None]


class Events:
    """The world's event bus: `emit` calls every listener with the event's type and data."""

    def __init__(self) -> None:
        self._listeners: list[EventListener] = []
        self.emitted: list[tuple[str, dict[str, Any]]] = []  # every event, for tests to read

    def listen(self, listener: EventListener) -> None:
        self._listeners.append(listener)

    def emit(self, event_type: str, data: dict[str, Any]) -> None:
        self.emitted.append((event_type, data))
        for listener in self._listeners:
            listener(event_type, data)
