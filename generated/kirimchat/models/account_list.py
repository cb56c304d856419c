# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define

from .._models import Field, ListOf, Model, ModelOf

if TYPE_CHECKING:
    from ..models.account import Account


@_attrs_define(repr=False)
class AccountList(Model):
    """The organisation's accounts, all on one page."""

    data: list[Account]
    has_more: bool
    """Always false; the list is not paginated."""
    next_cursor: None
    """Always null; the list is not paginated."""
    request_id: str
    """A request id; `req_` and 26 Crockford base32 characters."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:
        # Imported here, when first read: models refer to each other in any order.
        from ..models.account import Account  # noqa: PLC0415

        return (
            Field("data", "data", ListOf(ModelOf(Account)), required=True),
            Field("has_more", "has_more", required=True),
            Field("next_cursor", "next_cursor", required=True),
            Field("request_id", "request_id", required=True),
        )
