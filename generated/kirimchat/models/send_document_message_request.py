from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.send_document_message_request_type import (
    SendDocumentMessageRequestType,
    check_send_document_message_request_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_content import DocumentContent
    from ..models.message_context import MessageContext


T = TypeVar("T", bound="SendDocumentMessageRequest")


@_attrs_define
class SendDocumentMessageRequest:
    """A document message to send."""

    to: str
    """ A phone number in E.164 form, a `+` and 7 to 15 digits. """
    type_: SendDocumentMessageRequestType
    """ Always `document`. """
    document: DocumentContent
    """ A document by URL. """
    from_: str | Unset = UNSET
    """ A phone number in E.164 form, a `+` and 7 to 15 digits. """
    context: MessageContext | Unset = UNSET
    """ The message this one replies to. """

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        type_: str = self.type_

        document = self.document.to_dict()

        from_ = self.from_

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({"to": to, "type": type_, "document": document})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_content import DocumentContent  # noqa: PLC0415
        from ..models.message_context import MessageContext  # noqa: PLC0415

        d = dict(src_dict)
        to = d.pop("to")

        type_ = check_send_document_message_request_type(d.pop("type"))

        document = DocumentContent.from_dict(d.pop("document"))

        from_ = d.pop("from", UNSET)

        _context = d.pop("context", UNSET)
        context: MessageContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = MessageContext.from_dict(_context)

        send_document_message_request = cls(
            to=to, type_=type_, document=document, from_=from_, context=context
        )

        return send_document_message_request
