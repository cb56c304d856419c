"""Contains all the data models used in inputs/outputs"""

from .api_key import ApiKey
from .api_key_object import ApiKeyObject
from .attach_label_request import AttachLabelRequest
from .bulk_label_operation import BulkLabelOperation
from .bulk_label_request import BulkLabelRequest
from .bulk_label_result import BulkLabelResult
from .bulk_label_result_envelope import BulkLabelResultEnvelope
from .contact import Contact
from .contact_envelope import ContactEnvelope
from .contact_list import ContactList
from .contact_object import ContactObject
from .create_contact_request import CreateContactRequest
from .create_label_request import CreateLabelRequest
from .deleted_label import DeletedLabel
from .deleted_label_envelope import DeletedLabelEnvelope
from .deleted_label_object import DeletedLabelObject
from .error import Error
from .error_envelope import ErrorEnvelope
from .error_type import ErrorType
from .label import Label
from .label_attachment import LabelAttachment
from .label_attachment_envelope import LabelAttachmentEnvelope
from .label_color import LabelColor
from .label_envelope import LabelEnvelope
from .label_list import LabelList
from .label_object import LabelObject
from .me import Me
from .me_envelope import MeEnvelope
from .metadata import Metadata
from .organization import Organization
from .organization_object import OrganizationObject
from .rate_limits import RateLimits
from .update_label_request import UpdateLabelRequest
from .whats_app_account_ref import WhatsAppAccountRef

__all__ = (
    "ApiKey",
    "ApiKeyObject",
    "AttachLabelRequest",
    "BulkLabelOperation",
    "BulkLabelRequest",
    "BulkLabelResult",
    "BulkLabelResultEnvelope",
    "Contact",
    "ContactEnvelope",
    "ContactList",
    "ContactObject",
    "CreateContactRequest",
    "CreateLabelRequest",
    "DeletedLabel",
    "DeletedLabelEnvelope",
    "DeletedLabelObject",
    "Error",
    "ErrorEnvelope",
    "ErrorType",
    "Label",
    "LabelAttachment",
    "LabelAttachmentEnvelope",
    "LabelColor",
    "LabelEnvelope",
    "LabelList",
    "LabelObject",
    "Me",
    "MeEnvelope",
    "Metadata",
    "Organization",
    "OrganizationObject",
    "RateLimits",
    "UpdateLabelRequest",
    "WhatsAppAccountRef",
)
