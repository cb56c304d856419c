# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..types import Unset

if TYPE_CHECKING:
    import datetime

    from ..models.audio_content import AudioContent
    from ..models.document_content import DocumentContent
    from ..models.image_content import ImageContent
    from ..models.message import Message
    from ..models.message_context import MessageContext
    from ..models.message_direction import MessageDirection
    from ..models.message_error import MessageError
    from ..models.message_object import MessageObject
    from ..models.message_status import MessageStatus
    from ..models.message_type import MessageType
    from ..models.template_content import TemplateContent
    from ..models.text_content import TextContent
    from ..models.video_content import VideoContent
    from ..types import Unset


T = TypeVar("T", bound="MessageEnvelope")


@_attrs_define
class MessageEnvelope(ExtraFields["Any"]):
    """The success envelope of one message."""

    data: Message
    """ A WhatsApp message, sent or received. """
    request_id: str
    """ A request id; `req_` and 26 Crockford base32 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"data": data, "request_id": request_id})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        data = Message.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        message_envelope = cls(data=data, request_id=request_id)

        message_envelope.additional_properties = d
        return message_envelope

    @property
    def id(self) -> str:
        """``data.id``: A message id; `msg_` and 26 upper-case Crockford base32 characters."""
        return self.data.id

    @property
    def object_(self) -> MessageObject:
        """``data.object_``: Always `message`."""
        return self.data.object_

    @property
    def direction(self) -> MessageDirection:
        """``data.direction``: `outbound`: sent by you; `inbound`: received from a contact."""
        return self.data.direction

    @property
    def conversation_id(self) -> str:
        """``data.conversation_id``: A conversation id; `cnv_` and 26 upper-case Crockford base32 characters."""
        return self.data.conversation_id

    @property
    def contact_id(self) -> str:
        """``data.contact_id``: A contact id; `ctc_` and 26 upper-case Crockford base32 characters."""
        return self.data.contact_id

    @property
    def from_(self) -> str:
        """``data.from_``: A phone number in E.164 form, a `+` and 7 to 15 digits."""
        return self.data.from_

    @property
    def to(self) -> str:
        """``data.to``: A phone number in E.164 form, a `+` and 7 to 15 digits."""
        return self.data.to

    @property
    def type_(self) -> MessageType:
        """``data.type_``: What a message carries. You can send `text`, `template`, `image`, `document`, `audio` and `video`;
        received messages may also be of the other types."""
        return self.data.type_

    @property
    def status(self) -> MessageStatus:
        """``data.status``: An outbound message is `pending` when accepted, then `sent`, `delivered` and `read` as WhatsApp
        reports them, or `failed` with an `error`. An inbound message is `received`."""
        return self.data.status

    @property
    def context(self) -> MessageContext | None:
        """``data.context``: The message this one replies to, or null."""
        return self.data.context

    @property
    def error(self) -> MessageError | None:
        """``data.error``: Why the message failed; null unless `status` is `failed`."""
        return self.data.error

    @property
    def created_at(self) -> datetime.datetime:
        """``data.created_at``: An RFC 3339 date and time, in UTC."""
        return self.data.created_at

    @property
    def updated_at(self) -> datetime.datetime:
        """``data.updated_at``: An RFC 3339 date and time, in UTC."""
        return self.data.updated_at

    @property
    def text(self) -> TextContent | Unset:
        """``data.text``: A plain-text message."""
        return self.data.text

    @property
    def template(self) -> TemplateContent | Unset:
        """``data.template``: A message from a template approved by Meta."""
        return self.data.template

    @property
    def image(self) -> ImageContent | Unset:
        """``data.image``: An image (JPEG or PNG) by URL."""
        return self.data.image

    @property
    def document(self) -> DocumentContent | Unset:
        """``data.document``: A document by URL."""
        return self.data.document

    @property
    def audio(self) -> AudioContent | Unset:
        """``data.audio``: An audio file by URL."""
        return self.data.audio

    @property
    def video(self) -> VideoContent | Unset:
        """``data.video``: A video by URL."""
        return self.data.video
