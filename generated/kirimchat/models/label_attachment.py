# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class LabelAttachment(Model):
    """Whether a label is attached to a contact."""

    contact_id: str
    """A contact id; `ctc_` and 26 upper-case Crockford base32 characters."""
    label_id: str
    """A label id; `lbl_` and 26 upper-case Crockford base32 characters."""
    attached: bool
    """True once the label is attached to the contact."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (
            Field("contact_id", "contact_id", required=True),
            Field("label_id", "label_id", required=True),
            Field("attached", "attached", required=True),
        )
