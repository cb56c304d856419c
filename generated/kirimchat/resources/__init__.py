# Generated from openapi.yaml by `make generate` with templates/kirimchat/resources/__init__.py.jinja: edit that, not this file.
"""The resources of the API, one module per tag: ``client.accounts``, ``client.contacts``, ``client.conversations``, ``client.labels``, ``client.messages``, ``client.meta``, ``client.templates``, ``client.webhook_deliveries``, ``client.webhook_subscriptions``.

They are imported on first use, so that ``import kirimchat`` stays fast.
"""
