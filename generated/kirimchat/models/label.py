# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model

if TYPE_CHECKING:
    from ..models.label_color import LabelColor
    from ..models.label_object import LabelObject


@_attrs_define(repr=False)
class Label(Model):
    """A coloured tag for contacts and conversations, scoped to one team."""

    id: str
    """A label id; `lbl_` and 26 upper-case Crockford base32 characters."""
    object: LabelObject
    """Always `label`."""
    name: str
    """Unique within the label's team."""
    color: LabelColor
    """One of the 13 colours a label can have."""
    team_id: str
    """A team id, 1 to 64 characters without white space."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    updated_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="label"),
            Field("name", "name", required=True),
            Field("color", "color", required=True),
            Field("team_id", "team_id", required=True),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("updated_at", "updated_at", DATETIME, required=True),
        )
