# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class TextContent(Model):
    """A plain-text message."""

    body: str
    """The text, 1 to 4096 characters."""
    preview_url: bool | None = None
    """Ask WhatsApp to render a preview of the first URL in `body`."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (Field("body", "body", required=True), Field("preview_url", "preview_url"))
