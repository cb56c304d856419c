# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, Model

if TYPE_CHECKING:
    from ..models.account_object import AccountObject
    from ..models.account_status import AccountStatus


@_attrs_define(repr=False)
class Account(Model):
    """A WhatsApp Business account (a phone number) connected to the organisation."""

    object: AccountObject
    """Always `account`."""
    phone_number_id: None | str
    """Meta's id of the number (digits); null while onboarding."""
    phone_number: None | str
    """The number, as `from` takes it; null while onboarding."""
    name: None | str
    """The account's display name."""
    status: AccountStatus
    """Only `connected` accounts can send."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.

        return (
            Field("object", "object", required=True, const="account"),
            Field("phone_number_id", "phone_number_id", required=True),
            Field("phone_number", "phone_number", required=True),
            Field("name", "name", required=True),
            Field("status", "status", required=True),
        )
