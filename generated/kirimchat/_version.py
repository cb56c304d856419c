"""The SDK's version: the API description's ``info.version``, so the two never disagree."""

__version__ = "1.1.0"
