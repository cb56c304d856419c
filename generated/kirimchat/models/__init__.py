"""Contains all the data models used in inputs/outputs"""

from .attach_label_request import AttachLabelRequest
from .error import Error
from .error_envelope import ErrorEnvelope
from .error_type import ErrorType
from .label_attachment import LabelAttachment
from .label_attachment_envelope import LabelAttachmentEnvelope

__all__ = (
    "AttachLabelRequest",
    "Error",
    "ErrorEnvelope",
    "ErrorType",
    "LabelAttachment",
    "LabelAttachmentEnvelope",
)
