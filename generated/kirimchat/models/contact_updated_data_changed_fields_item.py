# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal

ContactUpdatedDataChangedFieldsItem = Literal["email", "metadata", "name"]

CONTACT_UPDATED_DATA_CHANGED_FIELDS_ITEM_VALUES: frozenset[ContactUpdatedDataChangedFieldsItem] = (
    frozenset({"email", "metadata", "name"})
)
"""The values this SDK knows; a response may hold a newer one, kept as sent."""
