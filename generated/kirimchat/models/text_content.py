# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextContent")


@_attrs_define
class TextContent:
    """A plain-text message."""

    body: str
    """ The text, 1 to 4096 characters. """
    preview_url: bool | Unset = UNSET
    """ Ask WhatsApp to render a preview of the first URL in `body`. """

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        preview_url = self.preview_url

        field_dict: dict[str, Any] = {}

        field_dict.update({"body": body})
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        preview_url = d.pop("preview_url", UNSET)

        text_content = cls(body=body, preview_url=preview_url)

        return text_content
