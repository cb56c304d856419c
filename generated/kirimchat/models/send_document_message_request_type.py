from typing import Literal, cast

SendDocumentMessageRequestType = Literal["document"]
"""Always `document`."""

SEND_DOCUMENT_MESSAGE_REQUEST_TYPE_VALUES: frozenset[SendDocumentMessageRequestType] = frozenset(
    {"document"}
)


def check_send_document_message_request_type(value: str) -> SendDocumentMessageRequestType:
    """``value`` as a ``SendDocumentMessageRequestType``, read from a response.

    A value outside ``SEND_DOCUMENT_MESSAGE_REQUEST_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(SendDocumentMessageRequestType, value)
