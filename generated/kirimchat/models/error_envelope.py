# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.error import Error


@_attrs_define(repr=False)
class ErrorEnvelope(Model):
    """The body of every 4xx and 5xx response."""

    error: Error
    """What went wrong. `request_id` lives here, not at the top level."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.error import Error  # noqa: PLC0415

        return (Field("error", "error", ModelOf(Error), required=True),)
