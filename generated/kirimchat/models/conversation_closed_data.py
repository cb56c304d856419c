# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.closed_conversation_ref import ClosedConversationRef


@_attrs_define(repr=False)
class ConversationClosedData(Model):
    """The conversation that was closed."""

    conversation: ClosedConversationRef
    """The conversation that was closed."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.closed_conversation_ref import ClosedConversationRef  # noqa: PLC0415

        return (
            Field("conversation", "conversation", ModelOf(ClosedConversationRef), required=True),
        )
