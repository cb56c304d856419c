# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

WebhookDeliveryObject = Literal["webhook_delivery"]
"""Always `webhook_delivery`."""

WEBHOOK_DELIVERY_OBJECT_VALUES: frozenset[WebhookDeliveryObject] = frozenset({"webhook_delivery"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
