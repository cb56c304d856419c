# Generated from openapi.yaml by `make generate` with openapi-python-client's models_init.py.jinja (override it in templates/openapi-python-client/): edit that, not this file.
"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_list import AccountList
from .account_object import AccountObject
from .account_status import AccountStatus
from .api_key import ApiKey
from .api_key_object import ApiKeyObject
from .assignee import Assignee
from .assignment_change import AssignmentChange
from .audio_content import AudioContent
from .bulk_label_result import BulkLabelResult
from .bulk_label_result_envelope import BulkLabelResultEnvelope
from .closed_conversation_ref import ClosedConversationRef
from .closed_conversation_ref_object import ClosedConversationRefObject
from .closed_conversation_ref_status import ClosedConversationRefStatus
from .contact import Contact
from .contact_created_data import ContactCreatedData
from .contact_created_event import ContactCreatedEvent
from .contact_created_event_type import ContactCreatedEventType
from .contact_envelope import ContactEnvelope
from .contact_list import ContactList
from .contact_object import ContactObject
from .contact_updated_data import ContactUpdatedData
from .contact_updated_data_changed_fields_item import ContactUpdatedDataChangedFieldsItem
from .contact_updated_event import ContactUpdatedEvent
from .contact_updated_event_type import ContactUpdatedEventType
from .conversation import Conversation
from .conversation_assigned_data import ConversationAssignedData
from .conversation_assigned_event import ConversationAssignedEvent
from .conversation_assigned_event_type import ConversationAssignedEventType
from .conversation_closed_data import ConversationClosedData
from .conversation_closed_event import ConversationClosedEvent
from .conversation_closed_event_type import ConversationClosedEventType
from .conversation_contact import ConversationContact
from .conversation_envelope import ConversationEnvelope
from .conversation_list import ConversationList
from .conversation_object import ConversationObject
from .conversation_ref import ConversationRef
from .conversation_ref_object import ConversationRefObject
from .conversation_status import ConversationStatus
from .created_webhook_secret import CreatedWebhookSecret
from .created_webhook_secret_envelope import CreatedWebhookSecretEnvelope
from .created_webhook_secret_object import CreatedWebhookSecretObject
from .created_webhook_subscription import CreatedWebhookSubscription
from .created_webhook_subscription_envelope import CreatedWebhookSubscriptionEnvelope
from .created_webhook_subscription_object import CreatedWebhookSubscriptionObject
from .deleted_label import DeletedLabel
from .deleted_label_envelope import DeletedLabelEnvelope
from .deleted_label_object import DeletedLabelObject
from .document_content import DocumentContent
from .error import Error
from .error_envelope import ErrorEnvelope
from .error_type import ErrorType
from .health_envelope import HealthEnvelope
from .health_envelope_data import HealthEnvelopeData
from .health_envelope_data_status import HealthEnvelopeDataStatus
from .image_content import ImageContent
from .label import Label
from .label_attachment import LabelAttachment
from .label_attachment_envelope import LabelAttachmentEnvelope
from .label_color import LabelColor
from .label_envelope import LabelEnvelope
from .label_list import LabelList
from .label_object import LabelObject
from .list_accounts_status import ListAccountsStatus
from .me import Me
from .me_envelope import MeEnvelope
from .message import Message
from .message_context import MessageContext
from .message_created_event import MessageCreatedEvent
from .message_created_event_type import MessageCreatedEventType
from .message_direction import MessageDirection
from .message_envelope import MessageEnvelope
from .message_error import MessageError
from .message_event_data import MessageEventData
from .message_list import MessageList
from .message_object import MessageObject
from .message_received_event import MessageReceivedEvent
from .message_received_event_type import MessageReceivedEventType
from .message_status import MessageStatus
from .message_status_event import MessageStatusEvent
from .message_status_event_type import MessageStatusEventType
from .message_type import MessageType
from .metadata import Metadata
from .organization import Organization
from .organization_object import OrganizationObject
from .rate_limits import RateLimits
from .template import Template
from .template_category import TemplateCategory
from .template_components_item import TemplateComponentsItem
from .template_content import TemplateContent
from .template_content_components_item import TemplateContentComponentsItem
from .template_envelope import TemplateEnvelope
from .template_list import TemplateList
from .template_object import TemplateObject
from .template_status import TemplateStatus
from .text_content import TextContent
from .video_content import VideoContent
from .webhook_delivery import WebhookDelivery
from .webhook_delivery_envelope import WebhookDeliveryEnvelope
from .webhook_delivery_list import WebhookDeliveryList
from .webhook_delivery_object import WebhookDeliveryObject
from .webhook_delivery_status import WebhookDeliveryStatus
from .webhook_event_type import WebhookEventType
from .webhook_secret import WebhookSecret
from .webhook_subscription import WebhookSubscription
from .webhook_subscription_envelope import WebhookSubscriptionEnvelope
from .webhook_subscription_list import WebhookSubscriptionList
from .webhook_subscription_object import WebhookSubscriptionObject
from .webhook_subscription_status import WebhookSubscriptionStatus
from .whats_app_account_ref import WhatsAppAccountRef

__all__ = (
    "Account",
    "AccountList",
    "AccountObject",
    "AccountStatus",
    "ApiKey",
    "ApiKeyObject",
    "Assignee",
    "AssignmentChange",
    "AudioContent",
    "BulkLabelResult",
    "BulkLabelResultEnvelope",
    "ClosedConversationRef",
    "ClosedConversationRefObject",
    "ClosedConversationRefStatus",
    "Contact",
    "ContactCreatedData",
    "ContactCreatedEvent",
    "ContactCreatedEventType",
    "ContactEnvelope",
    "ContactList",
    "ContactObject",
    "ContactUpdatedData",
    "ContactUpdatedDataChangedFieldsItem",
    "ContactUpdatedEvent",
    "ContactUpdatedEventType",
    "Conversation",
    "ConversationAssignedData",
    "ConversationAssignedEvent",
    "ConversationAssignedEventType",
    "ConversationClosedData",
    "ConversationClosedEvent",
    "ConversationClosedEventType",
    "ConversationContact",
    "ConversationEnvelope",
    "ConversationList",
    "ConversationObject",
    "ConversationRef",
    "ConversationRefObject",
    "ConversationStatus",
    "CreatedWebhookSecret",
    "CreatedWebhookSecretEnvelope",
    "CreatedWebhookSecretObject",
    "CreatedWebhookSubscription",
    "CreatedWebhookSubscriptionEnvelope",
    "CreatedWebhookSubscriptionObject",
    "DeletedLabel",
    "DeletedLabelEnvelope",
    "DeletedLabelObject",
    "DocumentContent",
    "Error",
    "ErrorEnvelope",
    "ErrorType",
    "HealthEnvelope",
    "HealthEnvelopeData",
    "HealthEnvelopeDataStatus",
    "ImageContent",
    "Label",
    "LabelAttachment",
    "LabelAttachmentEnvelope",
    "LabelColor",
    "LabelEnvelope",
    "LabelList",
    "LabelObject",
    "ListAccountsStatus",
    "Me",
    "MeEnvelope",
    "Message",
    "MessageContext",
    "MessageCreatedEvent",
    "MessageCreatedEventType",
    "MessageDirection",
    "MessageEnvelope",
    "MessageError",
    "MessageEventData",
    "MessageList",
    "MessageObject",
    "MessageReceivedEvent",
    "MessageReceivedEventType",
    "MessageStatus",
    "MessageStatusEvent",
    "MessageStatusEventType",
    "MessageType",
    "Metadata",
    "Organization",
    "OrganizationObject",
    "RateLimits",
    "Template",
    "TemplateCategory",
    "TemplateComponentsItem",
    "TemplateContent",
    "TemplateContentComponentsItem",
    "TemplateEnvelope",
    "TemplateList",
    "TemplateObject",
    "TemplateStatus",
    "TextContent",
    "VideoContent",
    "WebhookDelivery",
    "WebhookDeliveryEnvelope",
    "WebhookDeliveryList",
    "WebhookDeliveryObject",
    "WebhookDeliveryStatus",
    "WebhookEventType",
    "WebhookSecret",
    "WebhookSubscription",
    "WebhookSubscriptionEnvelope",
    "WebhookSubscriptionList",
    "WebhookSubscriptionObject",
    "WebhookSubscriptionStatus",
    "WhatsAppAccountRef",
)
