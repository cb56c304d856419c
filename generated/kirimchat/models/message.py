# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import ExtraFields
from ..models.message_direction import MessageDirection, check_message_direction
from ..models.message_object import MessageObject, check_message_object
from ..models.message_status import MessageStatus, check_message_status
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.audio_content import AudioContent
    from ..models.document_content import DocumentContent
    from ..models.image_content import ImageContent
    from ..models.message_context import MessageContext
    from ..models.message_error import MessageError
    from ..models.template_content import TemplateContent
    from ..models.text_content import TextContent
    from ..models.video_content import VideoContent


T = TypeVar("T", bound="Message")


@_attrs_define
class Message(ExtraFields["Any"]):
    """A WhatsApp message, sent or received."""

    id: str
    """ A message id; `msg_` and 26 upper-case Crockford base32 characters. """
    object_: MessageObject
    """ Always `message`. """
    direction: MessageDirection
    """ `outbound`: sent by you; `inbound`: received from a contact. """
    conversation_id: str
    """ A conversation id; `cnv_` and 26 upper-case Crockford base32 characters. """
    contact_id: str
    """ A contact id; `ctc_` and 26 upper-case Crockford base32 characters. """
    from_: str
    """ A phone number in E.164 form, a `+` and 7 to 15 digits. """
    to: str
    """ A phone number in E.164 form, a `+` and 7 to 15 digits. """
    type_: MessageType
    """ What a message carries. You can send `text`, `template`, `image`, `document`, `audio` and `video`; received
    messages may also be of the other types. """
    status: MessageStatus
    """ An outbound message is `pending` when accepted, then `sent`, `delivered` and `read` as WhatsApp reports
    them, or `failed` with an `error`. An inbound message is `received`. """
    context: MessageContext | None
    """ The message this one replies to, or null. """
    error: MessageError | None
    """ Why the message failed; null unless `status` is `failed`. """
    created_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    updated_at: datetime.datetime
    """ An RFC 3339 date and time, in UTC. """
    text: TextContent | Unset = UNSET
    """ A plain-text message. """
    template: TemplateContent | Unset = UNSET
    """ A message from a template approved by Meta. """
    image: ImageContent | Unset = UNSET
    """ An image (JPEG or PNG) by URL. """
    document: DocumentContent | Unset = UNSET
    """ A document by URL. """
    audio: AudioContent | Unset = UNSET
    """ An audio file by URL. """
    video: VideoContent | Unset = UNSET
    """ A video by URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_context import MessageContext  # noqa: PLC0415
        from ..models.message_error import MessageError  # noqa: PLC0415

        id = self.id

        object_: str = self.object_

        direction: str = self.direction

        conversation_id = self.conversation_id

        contact_id = self.contact_id

        from_ = self.from_

        to = self.to

        type_: str = self.type_

        status: str = self.status

        context: dict[str, Any] | None
        if isinstance(self.context, MessageContext):
            context = self.context.to_dict()
        else:
            context = self.context

        error: dict[str, Any] | None
        if isinstance(self.error, MessageError):
            error = self.error.to_dict()
        else:
            error = self.error

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "direction": direction,
                "conversation_id": conversation_id,
                "contact_id": contact_id,
                "from": from_,
                "to": to,
                "type": type_,
                "status": status,
                "context": context,
                "error": error,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if template is not UNSET:
            field_dict["template"] = template
        if image is not UNSET:
            field_dict["image"] = image
        if document is not UNSET:
            field_dict["document"] = document
        if audio is not UNSET:
            field_dict["audio"] = audio
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.message_context import MessageContext  # noqa: PLC0415
        from ..models.message_error import MessageError  # noqa: PLC0415
        from ..models.template_content import TemplateContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_message_object(d.pop("object"))

        direction = check_message_direction(d.pop("direction"))

        conversation_id = d.pop("conversation_id")

        contact_id = d.pop("contact_id")

        from_ = d.pop("from")

        to = d.pop("to")

        type_ = check_message_type(d.pop("type"))

        status = check_message_status(d.pop("status"))

        def _parse_context(data: object) -> MessageContext | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_0 = MessageContext.from_dict(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageContext | None, data)

        context = _parse_context(d.pop("context"))

        def _parse_error(data: object) -> MessageError | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = MessageError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageError | None, data)

        error = _parse_error(d.pop("error"))

        created_at = parse_datetime(d.pop("created_at"))

        updated_at = parse_datetime(d.pop("updated_at"))

        _text = d.pop("text", UNSET)
        text: TextContent | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = TextContent.from_dict(_text)

        _template = d.pop("template", UNSET)
        template: TemplateContent | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = TemplateContent.from_dict(_template)

        _image = d.pop("image", UNSET)
        image: ImageContent | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageContent.from_dict(_image)

        _document = d.pop("document", UNSET)
        document: DocumentContent | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = DocumentContent.from_dict(_document)

        _audio = d.pop("audio", UNSET)
        audio: AudioContent | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = AudioContent.from_dict(_audio)

        _video = d.pop("video", UNSET)
        video: VideoContent | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = VideoContent.from_dict(_video)

        message = cls(
            id=id,
            object_=object_,
            direction=direction,
            conversation_id=conversation_id,
            contact_id=contact_id,
            from_=from_,
            to=to,
            type_=type_,
            status=status,
            context=context,
            error=error,
            created_at=created_at,
            updated_at=updated_at,
            text=text,
            template=template,
            image=image,
            document=document,
            audio=audio,
            video=video,
        )

        message.additional_properties = d
        return message
