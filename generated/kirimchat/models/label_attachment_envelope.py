# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.label_attachment import LabelAttachment


@_attrs_define(repr=False)
class LabelAttachmentEnvelope(Model):
    """The success envelope of attach."""

    data: LabelAttachment
    """Whether a label is attached to a contact."""
    request_id: str
    """A request id; `req_` and 26 Crockford base32 characters."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.label_attachment import LabelAttachment  # noqa: PLC0415

        return (
            Field("data", "data", ModelOf(LabelAttachment), required=True),
            Field("request_id", "request_id", required=True),
        )
