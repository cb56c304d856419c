# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class RateLimits(Model):
    """The rate-limit tier of the organisation and its budgets per minute."""

    tier: str
    """The plan, e.g. `default`, `pro` or `enterprise`."""
    write_per_minute: int
    """POST, PUT, PATCH and DELETE requests allowed per minute."""
    read_per_minute: int
    """GET and HEAD requests allowed per minute."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (
            Field("tier", "tier", required=True),
            Field("write_per_minute", "write_per_minute", required=True),
            Field("read_per_minute", "read_per_minute", required=True),
        )
