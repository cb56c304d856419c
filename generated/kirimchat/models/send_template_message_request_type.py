from typing import Literal, cast

SendTemplateMessageRequestType = Literal["template"]
"""Always `template`."""

SEND_TEMPLATE_MESSAGE_REQUEST_TYPE_VALUES: frozenset[SendTemplateMessageRequestType] = frozenset(
    {"template"}
)


def check_send_template_message_request_type(value: str) -> SendTemplateMessageRequestType:
    """``value`` as a ``SendTemplateMessageRequestType``, read from a response.

    A value outside ``SEND_TEMPLATE_MESSAGE_REQUEST_TYPE_VALUES`` is kept, not rejected: the API may add values before
    this SDK knows them, and an old client must still read the response. Requests are
    checked against the known values before they are sent.
    """
    return cast(SendTemplateMessageRequestType, value)
