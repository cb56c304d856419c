# Generated from openapi.yaml by `make generate` with templates/openapi-python-client/literal_enum.py.jinja: edit that, not this file.
from typing import Literal, cast

ContactUpdatedDataChangedFieldsItem = Literal["email", "metadata", "name"]

CONTACT_UPDATED_DATA_CHANGED_FIELDS_ITEM_VALUES: frozenset[ContactUpdatedDataChangedFieldsItem] = (
    frozenset({"email", "metadata", "name"})
)


def check_contact_updated_data_changed_fields_item(
    value: str,
) -> ContactUpdatedDataChangedFieldsItem:
    """``value`` as a ``ContactUpdatedDataChangedFieldsItem``, read from a response.

    A value outside ``CONTACT_UPDATED_DATA_CHANGED_FIELDS_ITEM_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(ContactUpdatedDataChangedFieldsItem, value)
