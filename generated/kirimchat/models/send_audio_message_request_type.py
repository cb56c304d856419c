from typing import Literal, cast

SendAudioMessageRequestType = Literal["audio"]
"""Always `audio`."""

SEND_AUDIO_MESSAGE_REQUEST_TYPE_VALUES: frozenset[SendAudioMessageRequestType] = frozenset(
    {"audio"}
)


def check_send_audio_message_request_type(value: str) -> SendAudioMessageRequestType:
    """``value`` as a ``SendAudioMessageRequestType``, read from a response.

    A value outside ``SEND_AUDIO_MESSAGE_REQUEST_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(SendAudioMessageRequestType, value)
