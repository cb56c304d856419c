from typing import Literal, cast

SendImageMessageRequestType = Literal["image"]
"""Always `image`."""

SEND_IMAGE_MESSAGE_REQUEST_TYPE_VALUES: frozenset[SendImageMessageRequestType] = frozenset(
    {"image"}
)


def check_send_image_message_request_type(value: str) -> SendImageMessageRequestType:
    """``value`` as a ``SendImageMessageRequestType``, read from a response.

    A value outside ``SEND_IMAGE_MESSAGE_REQUEST_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(SendImageMessageRequestType, value)
