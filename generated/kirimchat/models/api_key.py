# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model

if TYPE_CHECKING:
    from ..models.api_key_object import ApiKeyObject


@_attrs_define(repr=False)
class ApiKey(Model):
    """The API key of the request, without its secret."""

    id: str
    """An API key's id (not the key); `key_` and 26 Crockford base32 characters."""
    object: ApiKeyObject
    """Always `api_key`."""
    label: None | str
    """The name given to the key in the dashboard."""
    last4: str
    """The key's last four characters."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="api_key"),
            Field("label", "label", required=True),
            Field("last4", "last4", required=True),
        )
