# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

WebhookSubscriptionObject = Literal["webhook_subscription"]
"""Always `webhook_subscription`."""

WEBHOOK_SUBSCRIPTION_OBJECT_VALUES: frozenset[WebhookSubscriptionObject] = frozenset(
    {"webhook_subscription"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
