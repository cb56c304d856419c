# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

WebhookSubscriptionStatus = Literal["active", "disabled"]
"""`active` subscriptions receive their events; `disabled` ones (by you, or by the API after repeated failed deliveries) receive none until set `active` again."""

WEBHOOK_SUBSCRIPTION_STATUS_VALUES: frozenset[WebhookSubscriptionStatus] = frozenset(
    {"active", "disabled"}
)


def check_webhook_subscription_status(value: str) -> WebhookSubscriptionStatus:
    """``value`` as a ``WebhookSubscriptionStatus``, read from a response.

    A value outside ``WEBHOOK_SUBSCRIPTION_STATUS_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(WebhookSubscriptionStatus, value)
