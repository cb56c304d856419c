# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

LabelObject = Literal["label"]
"""Always `label`."""

LABEL_OBJECT_VALUES: frozenset[LabelObject] = frozenset({"label"})
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
