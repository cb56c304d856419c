# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model

if TYPE_CHECKING:
    from ..models.deleted_label_object import DeletedLabelObject


@_attrs_define(repr=False)
class DeletedLabel(Model):
    """The confirmation of a deletion."""

    id: str
    """A label id; `lbl_` and 26 upper-case Crockford base32 characters."""
    object: DeletedLabelObject
    """Always `label`."""
    deleted: bool
    """True once the label is gone."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="label"),
            Field("deleted", "deleted", required=True),
        )
