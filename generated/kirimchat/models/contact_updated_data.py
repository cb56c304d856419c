# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import PLAIN, Field, ListOf, Model, ModelOf

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.contact_updated_data_changed_fields_item import (
        ContactUpdatedDataChangedFieldsItem,
    )


@_attrs_define(repr=False)
class ContactUpdatedData(Model):
    """The contact as it is now, and which of its fields changed."""

    contact: Contact
    """A person a WhatsApp account talks to."""
    changed_fields: list[ContactUpdatedDataChangedFieldsItem]
    """The fields that changed."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.contact import Contact  # noqa: PLC0415

        return (
            Field("contact", "contact", ModelOf(Contact), required=True),
            Field("changed_fields", "changed_fields", ListOf(PLAIN), required=True),
        )
