# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class ConversationContact(Model):
    """The contact a conversation is with."""

    id: str
    """A contact id; `ctc_` and 26 upper-case Crockford base32 characters."""
    phone_number: None | str
    """The contact's number in E.164 form."""
    name: None | str
    """The contact's name, when known."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (
            Field("id", "id", required=True),
            Field("phone_number", "phone_number", required=True),
            Field("name", "name", required=True),
        )
