# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

WebhookDeliveryObject = Literal["webhook_delivery"]
"""Always `webhook_delivery`."""

WEBHOOK_DELIVERY_OBJECT_VALUES: frozenset[WebhookDeliveryObject] = frozenset({"webhook_delivery"})


def check_webhook_delivery_object(value: str) -> WebhookDeliveryObject:
    """``value`` as a ``WebhookDeliveryObject``, read from a response.

    A value outside ``WEBHOOK_DELIVERY_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(WebhookDeliveryObject, value)
