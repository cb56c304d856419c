# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class MessageError(Model):
    """Why a message failed to send."""

    code: str
    """A stable code such as `outside_24h_window`; branch on it."""
    message: str
    """A human-readable explanation."""
    provider_code: int | None
    """Meta's own error code, when there is one."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (
            Field("code", "code", required=True),
            Field("message", "message", required=True),
            Field("provider_code", "provider_code", required=True),
        )
