from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bulk_label_operation import BulkLabelOperation, check_bulk_label_operation

T = TypeVar("T", bound="BulkLabelRequest")


@_attrs_define
class BulkLabelRequest:
    """One label, one operation, up to 1000 contacts."""

    contact_ids: list[str]
    """ The contacts, 1 to 1000 of them. """
    label_id: str
    """ A label id; `lbl_` and 26 upper-case Crockford base32 characters. """
    operation: BulkLabelOperation
    """ Whether to attach or detach the label. """

    def to_dict(self) -> dict[str, Any]:
        contact_ids = self.contact_ids

        label_id = self.label_id

        operation: str = self.operation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {"contact_ids": contact_ids, "label_id": label_id, "operation": operation}
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_ids = cast(list[str], d.pop("contact_ids"))

        label_id = d.pop("label_id")

        operation = check_bulk_label_operation(d.pop("operation"))

        bulk_label_request = cls(contact_ids=contact_ids, label_id=label_id, operation=operation)

        return bulk_label_request
