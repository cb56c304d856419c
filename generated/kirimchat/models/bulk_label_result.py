# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class BulkLabelResult(Model):
    """What a bulk operation did."""

    applied: int
    """Contacts the operation was applied to."""
    skipped_cross_org: int
    """Contacts skipped because they belong to another organisation."""
    skipped_team_mismatch: int
    """Contacts skipped because their team is not the label's."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (
            Field("applied", "applied", required=True),
            Field("skipped_cross_org", "skipped_cross_org", required=True),
            Field("skipped_team_mismatch", "skipped_team_mismatch", required=True),
        )
