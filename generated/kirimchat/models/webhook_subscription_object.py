# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

WebhookSubscriptionObject = Literal["webhook_subscription"]
"""Always `webhook_subscription`."""

WEBHOOK_SUBSCRIPTION_OBJECT_VALUES: frozenset[WebhookSubscriptionObject] = frozenset(
    {"webhook_subscription"}
)


def check_webhook_subscription_object(value: str) -> WebhookSubscriptionObject:
    """``value`` as a ``WebhookSubscriptionObject``, read from a response.

    A value outside ``WEBHOOK_SUBSCRIPTION_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(WebhookSubscriptionObject, value)
