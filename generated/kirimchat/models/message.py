# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import DATETIME, Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.audio_content import AudioContent
    from ..models.document_content import DocumentContent
    from ..models.image_content import ImageContent
    from ..models.message_context import MessageContext
    from ..models.message_direction import MessageDirection
    from ..models.message_error import MessageError
    from ..models.message_object import MessageObject
    from ..models.message_status import MessageStatus
    from ..models.message_type import MessageType
    from ..models.template_content import TemplateContent
    from ..models.text_content import TextContent
    from ..models.video_content import VideoContent


@_attrs_define(repr=False)
class Message(Model):
    """A WhatsApp message, sent or received."""

    id: str
    """A message id; `msg_` and 26 upper-case Crockford base32 characters."""
    object: MessageObject
    """Always `message`."""
    direction: MessageDirection
    """`outbound`: sent by you; `inbound`: received from a contact."""
    conversation_id: str
    """A conversation id; `cnv_` and 26 upper-case Crockford base32 characters."""
    contact_id: str
    """A contact id; `ctc_` and 26 upper-case Crockford base32 characters."""
    from_: str
    """A phone number in E.164 form, a `+` and 7 to 15 digits."""
    to: str
    """A phone number in E.164 form, a `+` and 7 to 15 digits."""
    type: MessageType
    """What a message carries. You can send `text`, `template`, `image`, `document`, `audio` and
    `video`; received messages may also be of the other types."""
    status: MessageStatus
    """An outbound message is `pending` when accepted, then `sent`, `delivered` and `read` as WhatsApp
    reports them, or `failed` with an `error`. An inbound message is `received`."""
    context: MessageContext | None
    """The message this one replies to, or null."""
    error: MessageError | None
    """Why the message failed; null unless `status` is `failed`."""
    created_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    updated_at: datetime.datetime
    """An RFC 3339 date and time, in UTC."""
    text: TextContent | None = None
    """A plain-text message."""
    template: TemplateContent | None = None
    """A message from a template approved by Meta."""
    image: ImageContent | None = None
    """An image (JPEG or PNG) by URL."""
    document: DocumentContent | None = None
    """A document by URL."""
    audio: AudioContent | None = None
    """An audio file by URL."""
    video: VideoContent | None = None
    """A video by URL."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.audio_content import AudioContent  # noqa: PLC0415
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.message_context import MessageContext  # noqa: PLC0415
        from ..models.message_error import MessageError  # noqa: PLC0415
        from ..models.template_content import TemplateContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.video_content import VideoContent  # noqa: PLC0415

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="message"),
            Field("direction", "direction", required=True),
            Field("conversation_id", "conversation_id", required=True),
            Field("contact_id", "contact_id", required=True),
            Field("from_", "from", required=True),
            Field("to", "to", required=True),
            Field("type", "type", required=True),
            Field("status", "status", required=True),
            Field("context", "context", ModelOf(MessageContext), required=True),
            Field("error", "error", ModelOf(MessageError), required=True),
            Field("created_at", "created_at", DATETIME, required=True),
            Field("updated_at", "updated_at", DATETIME, required=True),
            Field("text", "text", ModelOf(TextContent)),
            Field("template", "template", ModelOf(TemplateContent)),
            Field("image", "image", ModelOf(ImageContent)),
            Field("document", "document", ModelOf(DocumentContent)),
            Field("audio", "audio", ModelOf(AudioContent)),
            Field("video", "video", ModelOf(VideoContent)),
        )
