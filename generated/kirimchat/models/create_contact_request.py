from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateContactRequest")


@_attrs_define
class CreateContactRequest:
    """A new contact."""

    phone_number: str
    """ A phone number in E.164 form, a `+` and 7 to 15 digits. """
    from_: str | Unset = UNSET
    """ A phone number in E.164 form, a `+` and 7 to 15 digits. """
    name: str | Unset = UNSET
    """ The contact's name. """
    email: None | str | Unset = UNSET
    """ The contact's email address. """
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value pairs of your own, with string values. """

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        from_ = self.from_

        name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({"phone_number": phone_number})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        from_ = d.pop("from", UNSET)

        name = d.pop("name", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        create_contact_request = cls(
            phone_number=phone_number, from_=from_, name=name, email=email, metadata=metadata
        )

        return create_contact_request
