"""The resources of the API, one module per tag: ``client.contacts``, ``client.labels``, ``client.meta``.

They are imported on first use, so that ``import kirimchat`` stays fast.
"""
