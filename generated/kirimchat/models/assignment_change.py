# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class AssignmentChange(Model):
    """Who a conversation is assigned to now, and who before."""

    user_id: None | str
    """The user it is assigned to now; null when it was unassigned."""
    team_id: None | str
    """The team of the conversation's account, when known."""
    previous_user_id: None | str
    """The user it was assigned to before; null on a first assignment."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (
            Field("user_id", "user_id", required=True),
            Field("team_id", "team_id", required=True),
            Field("previous_user_id", "previous_user_id", required=True),
        )
