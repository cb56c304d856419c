# Copied from runtime/kirimchat/_models.py by `make generate`: edit that file, not this one.
"""What every generated model shares: the fields the API sent beyond those it describes.

A model keeps unknown fields in ``additional_properties`` (so that a newer API's fields
survive a round trip) and reads them like a mapping: ``model["field"]``, ``"field" in model``.
"""

from __future__ import annotations

from typing import Generic, TypeVar

V = TypeVar("V")


class ExtraFields(Generic[V]):
    """Mapping access to ``additional_properties``, the fields beyond the described ones."""

    __slots__ = ()
    additional_properties: dict[str, V]

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields beyond the described ones."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
