# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentContent")


@_attrs_define
class DocumentContent:
    """A document by URL."""

    url: str
    """ A public `https://` URL WhatsApp fetches the file from. """
    caption: str | Unset = UNSET
    """ Up to 1024 characters. """
    filename: str | Unset = UNSET
    """ The name the recipient sees. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        caption = self.caption

        filename = self.filename

        field_dict: dict[str, Any] = {}

        field_dict.update({"url": url})
        if caption is not UNSET:
            field_dict["caption"] = caption
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        caption = d.pop("caption", UNSET)

        filename = d.pop("filename", UNSET)

        document_content = cls(url=url, caption=caption, filename=filename)

        return document_content
