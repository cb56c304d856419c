from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.send_image_message_request_type import (
    SendImageMessageRequestType,
    check_send_image_message_request_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_content import ImageContent
    from ..models.message_context import MessageContext


T = TypeVar("T", bound="SendImageMessageRequest")


@_attrs_define
class SendImageMessageRequest:
    """An image message to send."""

    to: str
    """ A phone number in E.164 form, a `+` and 7 to 15 digits. """
    type_: SendImageMessageRequestType
    """ Always `image`. """
    image: ImageContent
    """ An image (JPEG or PNG) by URL. """
    from_: str | Unset = UNSET
    """ A phone number in E.164 form, a `+` and 7 to 15 digits. """
    context: MessageContext | Unset = UNSET
    """ The message this one replies to. """

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        type_: str = self.type_

        image = self.image.to_dict()

        from_ = self.from_

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({"to": to, "type": type_, "image": image})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.message_context import MessageContext  # noqa: PLC0415

        d = dict(src_dict)
        to = d.pop("to")

        type_ = check_send_image_message_request_type(d.pop("type"))

        image = ImageContent.from_dict(d.pop("image"))

        from_ = d.pop("from", UNSET)

        _context = d.pop("context", UNSET)
        context: MessageContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = MessageContext.from_dict(_context)

        send_image_message_request = cls(
            to=to, type_=type_, image=image, from_=from_, context=context
        )

        return send_image_message_request
