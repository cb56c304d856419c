# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

if TYPE_CHECKING:
    from ..models.bulk_label_result import BulkLabelResult


T = TypeVar("T", bound="BulkLabelResultEnvelope")


@_attrs_define
class BulkLabelResultEnvelope(ExtraFields["Any"]):
    """The success envelope of a bulk operation."""

    data: BulkLabelResult
    """ What a bulk operation did. """
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
        from ..models.bulk_label_result import BulkLabelResult  # noqa: PLC0415

        d = dict(src_dict)
        data = BulkLabelResult.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        bulk_label_result_envelope = cls(data=data, request_id=request_id)

        bulk_label_result_envelope.additional_properties = d
        return bulk_label_result_envelope

    @property
    def applied(self) -> int:
        """``data.applied``: Contacts the operation was applied to."""
        return self.data.applied

    @property
    def skipped_cross_org(self) -> int:
        """``data.skipped_cross_org``: Contacts skipped because they belong to another organisation."""
        return self.data.skipped_cross_org

    @property
    def skipped_team_mismatch(self) -> int:
        """``data.skipped_team_mismatch``: Contacts skipped because their team is not the label's."""
        return self.data.skipped_team_mismatch
