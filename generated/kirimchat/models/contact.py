# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.contact_object import ContactObject
    from ..models.metadata import Metadata
    from ..models.whats_app_account_ref import WhatsAppAccountRef


@_attrs_define(repr=False)
class Contact(Model):
    """A person a WhatsApp account talks to."""

    id: str
    """A contact id; `ctc_` and 26 upper-case Crockford base32 characters."""
    object: ContactObject
    """Always `contact`."""
    phone_number: None | str
    """The contact's number in E.164 form."""
    name: None | str
    """The contact's name, when known."""
    email: None | str
    """The contact's email address, when known."""
    metadata: Metadata | None
    """Your key/value pairs, or null."""
    whatsapp_account: WhatsAppAccountRef
    """The WhatsApp account a contact talks to."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    updated_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.whats_app_account_ref import WhatsAppAccountRef  # noqa: PLC0415

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="contact"),
            Field("phone_number", "phone_number", required=True),
            Field("name", "name", required=True),
            Field("email", "email", required=True),
            Field("metadata", "metadata", ModelOf(Metadata), required=True),
            Field(
                "whatsapp_account", "whatsapp_account", ModelOf(WhatsAppAccountRef), required=True
            ),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("updated_at", "updated_at", DATETIME, required=True),
        )
