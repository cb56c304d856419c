# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

WebhookSubscriptionStatus = Literal["active", "disabled"]
"""`active` subscriptions receive their events; `disabled` ones (by you, or by the API after repeated failed deliveries) receive none until set `active` again."""

WEBHOOK_SUBSCRIPTION_STATUS_VALUES: frozenset[WebhookSubscriptionStatus] = frozenset(
    {"active", "disabled"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
