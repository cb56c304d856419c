# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields

T = TypeVar("T", bound="BulkLabelResult")


@_attrs_define
class BulkLabelResult(ExtraFields["Any"]):
    """What a bulk operation did."""

    applied: int
    """ Contacts the operation was applied to. """
    skipped_cross_org: int
    """ Contacts skipped because they belong to another organisation. """
    skipped_team_mismatch: int
    """ Contacts skipped because their team is not the label's. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied = self.applied

        skipped_cross_org = self.skipped_cross_org

        skipped_team_mismatch = self.skipped_team_mismatch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applied": applied,
                "skipped_cross_org": skipped_cross_org,
                "skipped_team_mismatch": skipped_team_mismatch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applied = d.pop("applied")

        skipped_cross_org = d.pop("skipped_cross_org")

        skipped_team_mismatch = d.pop("skipped_team_mismatch")

        bulk_label_result = cls(
            applied=applied,
            skipped_cross_org=skipped_cross_org,
            skipped_team_mismatch=skipped_team_mismatch,
        )

        bulk_label_result.additional_properties = d
        return bulk_label_result
