# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

CreatedWebhookSecretObject = Literal["webhook_secret"]
"""Always `webhook_secret`."""

CREATED_WEBHOOK_SECRET_OBJECT_VALUES: frozenset[CreatedWebhookSecretObject] = frozenset(
    {"webhook_secret"}
)


def check_created_webhook_secret_object(value: str) -> CreatedWebhookSecretObject:
    """``value`` as a ``CreatedWebhookSecretObject``, read from a response.

    A value outside ``CREATED_WEBHOOK_SECRET_OBJECT_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(CreatedWebhookSecretObject, value)
