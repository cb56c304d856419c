# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class MessageContext(Model):
    """The message this one replies to."""

    message_id: str
    """A message id; `msg_` and 26 upper-case Crockford base32 characters."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (Field("message_id", "message_id", required=True),)
