# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model

if TYPE_CHECKING:
    from ..models.conversation_ref_object import ConversationRefObject
    from ..models.conversation_status import ConversationStatus


@_attrs_define(repr=False)
class ConversationRef(Model):
    """The conversation an event is about."""

    id: str
    """A conversation id; `cnv_` and 26 upper-case Crockford base32 characters."""
    object: ConversationRefObject
    """Always `conversation`."""
    status: ConversationStatus
    """`open` and `pending` conversations await work; `resolved` ones are closed."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="conversation"),
            Field("status", "status", required=True),
        )
