# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.assignment_change import AssignmentChange
    from ..models.conversation_ref import ConversationRef


@_attrs_define(repr=False)
class ConversationAssignedData(Model):
    """A conversation and its change of assignee."""

    conversation: ConversationRef
    """The conversation an event is about."""
    assignee: AssignmentChange
    """Who a conversation is assigned to now, and who before."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.assignment_change import AssignmentChange  # noqa: PLC0415
        from ..models.conversation_ref import ConversationRef  # noqa: PLC0415

        return (
            Field("conversation", "conversation", ModelOf(ConversationRef), required=True),
            Field("assignee", "assignee", ModelOf(AssignmentChange), required=True),
        )
