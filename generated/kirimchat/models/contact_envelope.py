# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model, ModelOf

if TYPE_CHECKING:
    from ..models.contact import Contact


@_attrs_define(repr=False)
class ContactEnvelope(Model):
    """The success envelope of one contact."""

    data: Contact
    """A person a WhatsApp account talks to."""
    request_id: str
    """A request id; `req_` and 26 Crockford base32 characters."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.contact import Contact  # noqa: PLC0415

        return (
            Field("data", "data", ModelOf(Contact), required=True),
            Field("request_id", "request_id", required=True),
        )
