# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    import datetime

    from ..models.contact import Contact
    from ..models.contact_object import ContactObject
    from ..models.metadata import Metadata
    from ..models.whats_app_account_ref import WhatsAppAccountRef


T = TypeVar("T", bound="ContactEnvelope")


@_attrs_define
class ContactEnvelope(ExtraFields["Any"]):
    """The success envelope of one contact."""

    data: Contact
    """ A person a WhatsApp account talks to. """
    request_id: str
    """ A request id; `req_` and 26 Crockford base32 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"data": data, "request_id": request_id})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        data = Contact.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        contact_envelope = cls(data=data, request_id=request_id)

        contact_envelope.additional_properties = d
        return contact_envelope

    @property
    def id(self) -> str:
        """``data.id``: A contact id; `ctc_` and 26 upper-case Crockford base32 characters."""
        return self.data.id

    @property
    def object_(self) -> ContactObject:
        """``data.object_``: Always `contact`."""
        return self.data.object_

    @property
    def phone_number(self) -> None | str:
        """``data.phone_number``: The contact's number in E.164 form."""
        return self.data.phone_number

    @property
    def name(self) -> None | str:
        """``data.name``: The contact's name, when known."""
        return self.data.name

    @property
    def email(self) -> None | str:
        """``data.email``: The contact's email address, when known."""
        return self.data.email

    @property
    def metadata(self) -> Metadata | None:
        """``data.metadata``: Your key/value pairs, or null."""
        return self.data.metadata

    @property
    def whatsapp_account(self) -> WhatsAppAccountRef:
        """``data.whatsapp_account``: The WhatsApp account a contact talks to."""
        return self.data.whatsapp_account

    @property
    def created_at(self) -> datetime.datetime:
        """``data.created_at``: An RFC 3339 date and time, in UTC."""
        return self.data.created_at

    @property
    def updated_at(self) -> datetime.datetime:
        """``data.updated_at``: An RFC 3339 date and time, in UTC."""
        return self.data.updated_at
