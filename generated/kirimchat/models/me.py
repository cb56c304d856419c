# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.api_key import ApiKey
    from ..models.organization import Organization
    from ..models.rate_limits import RateLimits


@_attrs_define(repr=False)
class Me(Model):
    """Who is calling."""

    organization: Organization
    """The organisation an API key belongs to."""
    api_key: ApiKey
    """The API key of the request, without its secret."""
    rate_limits: RateLimits
    """The rate-limit tier of the organisation and its budgets per minute."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.api_key import ApiKey  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.rate_limits import RateLimits  # noqa: PLC0415

        return (
            Field("organization", "organization", ModelOf(Organization), required=True),
            Field("api_key", "api_key", ModelOf(ApiKey), required=True),
            Field("rate_limits", "rate_limits", ModelOf(RateLimits), required=True),
        )
