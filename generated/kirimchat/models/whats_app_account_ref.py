# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class WhatsAppAccountRef(Model):
    """The WhatsApp account a contact talks to."""

    phone_number: None | str
    """The account's number as displayed, e.g. `+62 851-1760-0829`; null while onboarding. To reply
    from it, use the account of `GET /accounts` whose `phone_number` has the same digits: `from`
    takes the E.164 form, `+6285117600829`."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return (Field("phone_number", "phone_number", required=True),)
