"""The low-level functions of the webhook_subscriptions operations, one module each."""
