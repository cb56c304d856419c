# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model

if TYPE_CHECKING:
    from ..models.error_type import ErrorType


@_attrs_define(repr=False)
class Error(Model):
    """What went wrong. `request_id` lives here, not at the top level."""

    type: ErrorType
    """The stable category of an error; one of the seven documented types."""
    code: str
    """A stable, machine-readable code such as `resource_not_found`; branch on it."""
    message: str
    """A human-readable explanation; it may change without notice."""
    request_id: str
    """A request id; `req_` and 26 Crockford base32 characters."""
    param: str | None = None
    """The offending field, as a JSON-pointer-style hint; only when relevant."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (
            Field("type", "type", required=True),
            Field("code", "code", required=True),
            Field("message", "message", required=True),
            Field("request_id", "request_id", required=True),
            Field("param", "param"),
        )
