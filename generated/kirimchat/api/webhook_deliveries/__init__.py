"""The low-level functions of the webhook_deliveries operations, one module each."""
