# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

WebhookDeliveryStatus = Literal["dead", "failed", "pending", "succeeded"]
"""`pending`: not attempted yet; `succeeded`: the receiver answered 2xx; `failed`: it did not, and the event will be attempted again (a new delivery); `dead`: it did not, and no retry follows (a 4xx other than 408 and 429, or the 8th attempt). Replay a `dead` delivery once the receiver is fixed."""

WEBHOOK_DELIVERY_STATUS_VALUES: frozenset[WebhookDeliveryStatus] = frozenset(
    {"dead", "failed", "pending", "succeeded"}
)


def check_webhook_delivery_status(value: str) -> WebhookDeliveryStatus:
    """``value`` as a ``WebhookDeliveryStatus``, read from a response.

    A value outside ``WEBHOOK_DELIVERY_STATUS_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(WebhookDeliveryStatus, value)
