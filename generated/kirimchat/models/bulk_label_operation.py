from typing import Literal, cast

BulkLabelOperation = Literal["attach", "detach"]
"""Whether to attach or detach the label."""

BULK_LABEL_OPERATION_VALUES: frozenset[BulkLabelOperation] = frozenset({"attach", "detach"})


def check_bulk_label_operation(value: str) -> BulkLabelOperation:
    """``value`` as a ``BulkLabelOperation``, read from a response.

    A value outside ``BULK_LABEL_OPERATION_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(BulkLabelOperation, value)
