# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.bulk_label_result import BulkLabelResult


@_attrs_define(repr=False)
class BulkLabelResultEnvelope(Model):
    """The success envelope of a bulk operation."""

    data: BulkLabelResult
    """What a bulk operation did."""
    request_id: str
    """A request id; `req_` and 26 Crockford base32 characters."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.bulk_label_result import BulkLabelResult  # noqa: PLC0415

        return (
            Field("data", "data", ModelOf(BulkLabelResult), required=True),
            Field("request_id", "request_id", required=True),
        )
