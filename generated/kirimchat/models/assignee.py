# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class Assignee(Model):
    """The user a conversation is assigned to."""

    id: str
    """A user (agent) id; `usr_` and 26 upper-case Crockford base32 characters."""
    name: None | str
    """The user's name."""
    email: None | str
    """The user's email address."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (
            Field("id", "id", required=True),
            Field("name", "name", required=True),
            Field("email", "email", required=True),
        )
