# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.contact_object import ContactObject, check_contact_object
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.whats_app_account_ref import WhatsAppAccountRef


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact(ExtraFields["Any"]):
    """A person a WhatsApp account talks to."""

    id: str
    """ A contact id; `ctc_` and 26 upper-case Crockford base32 characters. """
    object_: ContactObject
    """ Always `contact`. """
    phone_number: None | str
    """ The contact's number in E.164 form. """
    name: None | str
    """ The contact's name, when known. """
    email: None | str
    """ The contact's email address, when known. """
    metadata: Metadata | None
    """ Your key/value pairs, or null. """
    whatsapp_account: WhatsAppAccountRef
    """ The WhatsApp account a contact talks to. """
    created_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    updated_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata  # noqa: PLC0415

        id = self.id

        object_: str = self.object_

        phone_number: None | str
        phone_number = self.phone_number

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        whatsapp_account = self.whatsapp_account.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "phone_number": phone_number,
                "name": name,
                "email": email,
                "metadata": metadata,
                "whatsapp_account": whatsapp_account,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.whats_app_account_ref import WhatsAppAccountRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_contact_object(d.pop("object"))

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_metadata(data: object) -> Metadata | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        whatsapp_account = WhatsAppAccountRef.from_dict(d.pop("whatsapp_account"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        contact = cls(
            id=id,
            object_=object_,
            phone_number=phone_number,
            name=name,
            email=email,
            metadata=metadata,
            whatsapp_account=whatsapp_account,
            created_at=created_at,
            updated_at=updated_at,
        )

        contact.additional_properties = d
        return contact
