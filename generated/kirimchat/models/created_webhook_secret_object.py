# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

CreatedWebhookSecretObject = Literal["webhook_secret"]
"""Always `webhook_secret`."""

CREATED_WEBHOOK_SECRET_OBJECT_VALUES: frozenset[CreatedWebhookSecretObject] = frozenset(
    {"webhook_secret"}
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
