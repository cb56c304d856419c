# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class ImageContent(Model):
    """An image (JPEG or PNG) by URL."""

    url: str
    """A public `https://` URL WhatsApp fetches the file from."""
    caption: str | None = None
    """Up to 1024 characters."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (Field("url", "url", required=True), Field("caption", "caption"))
