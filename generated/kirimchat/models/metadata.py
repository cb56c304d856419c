# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/model.py.jinja: edit that, not this file.
from __future__ import annotations

from attrs import define as _attrs_define

from .._models import Field, Model


@_attrs_define(repr=False)
class Metadata(Model):
    """Free-form key/value pairs of your own, with string values."""

    @classmethod
    def _declare(cls) -> tuple[Field, ...]:

        return ()
