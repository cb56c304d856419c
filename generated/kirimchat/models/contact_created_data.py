# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.contact import Contact


@_attrs_define(repr=False)
class ContactCreatedData(Model):
    """The new contact, and how it came."""

    contact: Contact
    """A person a WhatsApp account talks to."""
    acquisition_source: str
    """How the contact came, e.g. `inbound_message` or `api`."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.contact import Contact  # noqa: PLC0415

        return (
            Field("contact", "contact", ModelOf(Contact), required=True),
            Field("acquisition_source", "acquisition_source", required=True),
        )
