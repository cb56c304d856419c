# Generated from openapi.yaml by `make generate` with templates/kirimchat/_version.py.jinja: edit that, not this file.
"""What the API description itself sets for the SDK: its version, default server and how the
API key is sent.

The only module of the runtime that varies with the spec; everything else is plain Python.
"""

__version__ = "2.0.0"
"""The SDK's version: the API description's ``info.version``, so the two never disagree."""

DEFAULT_BASE_URL = "https://api-kckit.kirim.chat/v1"
"""The first server of the API description."""

AUTH_HEADER = "Authorization"
"""The header that carries the API key (the spec's security scheme)."""

AUTH_PREFIX = "Bearer "
"""What comes before the key in that header."""
