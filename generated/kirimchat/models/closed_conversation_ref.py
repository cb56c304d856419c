# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model

if TYPE_CHECKING:
    from ..models.closed_conversation_ref_object import ClosedConversationRefObject
    from ..models.closed_conversation_ref_status import ClosedConversationRefStatus


@_attrs_define(repr=False)
class ClosedConversationRef(Model):
    """The conversation that was closed."""

    id: str
    """A conversation id; `cnv_` and 26 upper-case Crockford base32 characters."""
    object: ClosedConversationRefObject
    """Always `conversation`."""
    status: ClosedConversationRefStatus
    """Always `resolved`."""
    closed_by_user_id: None | str
    """The user who closed it; null when it was closed through the API."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (
            Field("id", "id", required=True),
            Field("object", "object", required=True, const="conversation"),
            Field("status", "status", required=True, const="resolved"),
            Field("closed_by_user_id", "closed_by_user_id", required=True),
        )
