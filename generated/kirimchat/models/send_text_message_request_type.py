from typing import Literal, cast

SendTextMessageRequestType = Literal["text"]
"""Always `text`."""

SEND_TEXT_MESSAGE_REQUEST_TYPE_VALUES: frozenset[SendTextMessageRequestType] = frozenset({"text"})


def check_send_text_message_request_type(value: str) -> SendTextMessageRequestType:
    """``value`` as a ``SendTextMessageRequestType``, read from a response.

    A value outside ``SEND_TEXT_MESSAGE_REQUEST_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(SendTextMessageRequestType, value)
