# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model

if TYPE_CHECKING:
    from ..models.health_envelope_data_status import HealthEnvelopeDataStatus


@_attrs_define(repr=False)
class HealthEnvelopeData(Model):
    """The API's state."""

    status: HealthEnvelopeDataStatus
    """Always `ok`."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (Field("status", "status", required=True, const="ok"),)
