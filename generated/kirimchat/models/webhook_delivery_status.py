# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

WebhookDeliveryStatus = Literal["dead", "failed", "pending", "succeeded"]
"""`pending`: not attempted yet; `succeeded`: the receiver answered 2xx; `failed`: it did not, and the event will be attempted again (a new delivery); `dead`: it did not, and no retry follows (a 4xx other than 408 and 429, or the 8th attempt). Replay a `dead` delivery once the receiver is fixed."""

WEBHOOK_DELIVERY_STATUS_VALUES: frozenset[WebhookDeliveryStatus] = frozenset(
    {"dead", "failed", "pending", "succeeded"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
