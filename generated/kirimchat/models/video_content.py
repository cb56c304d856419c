# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoContent")


@_attrs_define
class VideoContent:
    """A video by URL."""

    url: str
    """ A public `https://` URL WhatsApp fetches the file from. """
    caption: str | Unset = UNSET
    """ Up to 1024 characters. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        caption = self.caption

        field_dict: dict[str, Any] = {}

        field_dict.update({"url": url})
        if caption is not UNSET:
            field_dict["caption"] = caption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        caption = d.pop("caption", UNSET)

        video_content = cls(url=url, caption=caption)

        return video_content
