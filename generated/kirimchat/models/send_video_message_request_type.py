from typing import Literal, cast

SendVideoMessageRequestType = Literal["video"]
"""Always `video`."""

SEND_VIDEO_MESSAGE_REQUEST_TYPE_VALUES: frozenset[SendVideoMessageRequestType] = frozenset(
    {"video"}
)


def check_send_video_message_request_type(value: str) -> SendVideoMessageRequestType:
    """``value`` as a ``SendVideoMessageRequestType``, read from a response.

    A value outside ``SEND_VIDEO_MESSAGE_REQUEST_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(SendVideoMessageRequestType, value)
