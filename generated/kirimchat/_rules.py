# Generated from openapi.yaml by `make generate` with templates/kirimchat/_rules.py.jinja: edit that, not this file.
"""The rules of every schema of the API description, for ``_validation``.

Each pattern, length, bound and enum of a component schema is here exactly once; the
operations of ``_api`` refer to these by name.
"""

from ._validation import Anything, Array, Boolean, Integer, Nullable, Object, OneOf, String

CONTACT_ID = String(pattern="^ctc_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/ContactId``"""

LABEL_ID = String(pattern="^lbl_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/LabelId``"""

REQUEST_ID = String(pattern="^req_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/RequestId``"""

ERROR_TYPE = String(
    enum=(
        "invalid_request_error",
        "authentication_error",
        "permission_error",
        "not_found",
        "conflict",
        "rate_limit_error",
        "api_error",
    )
)
"""``#/components/schemas/ErrorType``"""

ORGANIZATION_ID = String(pattern="^org_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/OrganizationId``"""

API_KEY_ID = String(pattern="^key_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/ApiKeyId``"""

TEAM_ID = String(pattern="^[^\\s]{1,64}$", min_length=1, max_length=64)
"""``#/components/schemas/TeamId``"""

PHONE_NUMBER = String(pattern="^\\+[1-9]\\d{6,14}$")
"""``#/components/schemas/PhoneNumber``"""

PAGE_CURSOR = String(min_length=1)
"""``#/components/schemas/PageCursor``"""

TIMESTAMP = String(format="date-time")
"""``#/components/schemas/Timestamp``"""

LABEL_COLOR = String(
    enum=(
        "gray",
        "red",
        "orange",
        "amber",
        "yellow",
        "lime",
        "green",
        "emerald",
        "teal",
        "sky",
        "blue",
        "violet",
        "pink",
    )
)
"""``#/components/schemas/LabelColor``"""

WHATS_APP_ACCOUNT_REF = Object(
    properties={"phone_number": String(nullable=True)}, required=("phone_number",)
)
"""``#/components/schemas/WhatsAppAccountRef``"""

METADATA = Object(properties={}, additional=String())
"""``#/components/schemas/Metadata``"""

BULK_LABEL_OPERATION = String(enum=("attach", "detach"))
"""``#/components/schemas/BulkLabelOperation``"""

BULK_LABEL_RESULT = Object(
    properties={
        "applied": Integer(minimum=0),
        "skipped_cross_org": Integer(minimum=0),
        "skipped_team_mismatch": Integer(minimum=0),
    },
    required=("applied", "skipped_cross_org", "skipped_team_mismatch"),
)
"""``#/components/schemas/BulkLabelResult``"""

RATE_LIMITS = Object(
    properties={
        "tier": String(),
        "write_per_minute": Integer(minimum=0),
        "read_per_minute": Integer(minimum=0),
    },
    required=("tier", "write_per_minute", "read_per_minute"),
)
"""``#/components/schemas/RateLimits``"""

WEBHOOK_SUBSCRIPTION_ID = String(pattern="^wbs_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/WebhookSubscriptionId``"""

WEBHOOK_SECRET_ID = String(pattern="^sec_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/WebhookSecretId``"""

WEBHOOK_DELIVERY_ID = String(pattern="^wbd_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/WebhookDeliveryId``"""

EVENT_ID = String(pattern="^evt_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/EventId``"""

MESSAGE_ID = String(pattern="^msg_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/MessageId``"""

CONVERSATION_ID = String(pattern="^cnv_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/ConversationId``"""

WEBHOOK_SECRET_VALUE = String(pattern="^whsec_[A-Za-z0-9_-]{16,}$")
"""``#/components/schemas/WebhookSecretValue``"""

WEBHOOK_EVENT_TYPE = String(
    enum=(
        "message.received",
        "message.created",
        "message.status",
        "conversation.assigned",
        "conversation.closed",
        "contact.created",
        "contact.updated",
    )
)
"""``#/components/schemas/WebhookEventType``"""

WEBHOOK_SUBSCRIPTION_STATUS = String(enum=("active", "disabled"))
"""``#/components/schemas/WebhookSubscriptionStatus``"""

WEBHOOK_SUBSCRIPTION_URL = String(min_length=1, max_length=2048, format="uri")
"""``#/components/schemas/WebhookSubscriptionUrl``"""

ROTATE_WEBHOOK_SECRET_REQUEST = Object(
    properties={"expires_in_hours": Integer(minimum=1, maximum=720)}, closed=True
)
"""``#/components/schemas/RotateWebhookSecretRequest``"""

WEBHOOK_DELIVERY_STATUS = String(enum=("pending", "succeeded", "failed", "dead"))
"""``#/components/schemas/WebhookDeliveryStatus``"""

MESSAGE_TYPE = String(
    enum=(
        "text",
        "template",
        "image",
        "document",
        "audio",
        "video",
        "sticker",
        "location",
        "contacts",
        "interactive",
        "reaction",
        "button",
    )
)
"""``#/components/schemas/MessageType``"""

MESSAGE_DIRECTION = String(enum=("inbound", "outbound"))
"""``#/components/schemas/MessageDirection``"""

MESSAGE_STATUS = String(enum=("pending", "sent", "delivered", "read", "failed", "received"))
"""``#/components/schemas/MessageStatus``"""

TEXT_CONTENT = Object(
    properties={"body": String(min_length=1, max_length=4096), "preview_url": Boolean()},
    required=("body",),
    closed=True,
)
"""``#/components/schemas/TextContent``"""

TEMPLATE_CONTENT = Object(
    properties={
        "name": String(min_length=1, max_length=512),
        "language": String(pattern="^[a-z]{2,3}(_[A-Z]{2})?$"),
        "components": Array(items=Object(properties={})),
    },
    required=("name", "language"),
    closed=True,
)
"""``#/components/schemas/TemplateContent``"""

MEDIA_URL = String(pattern="^https://[^\\s]+$", max_length=2048)
"""``#/components/schemas/MediaUrl``"""

MESSAGE_ERROR = Object(
    properties={"code": String(), "message": String(), "provider_code": Integer(nullable=True)},
    required=("code", "message", "provider_code"),
)
"""``#/components/schemas/MessageError``"""

CONVERSATION_STATUS = String(enum=("open", "pending", "resolved"))
"""``#/components/schemas/ConversationStatus``"""

ASSIGNMENT_CHANGE = Object(
    properties={
        "user_id": String(pattern="^usr_[0-9A-HJKMNP-TV-Z]{26}$", nullable=True),
        "team_id": String(pattern="^[^\\s]{1,64}$", nullable=True),
        "previous_user_id": String(pattern="^usr_[0-9A-HJKMNP-TV-Z]{26}$", nullable=True),
    },
    required=("user_id", "team_id", "previous_user_id"),
)
"""``#/components/schemas/AssignmentChange``"""

USER_ID = String(pattern="^usr_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/UserId``"""

ACCOUNT_STATUS = String(enum=("connected", "disconnected", "degraded", "onboarding"))
"""``#/components/schemas/AccountStatus``"""

TEMPLATE_ID = String(pattern="^tmpl_[0-9A-HJKMNP-TV-Z]{26}$")
"""``#/components/schemas/TemplateId``"""

ATTACH_LABEL_REQUEST = Object(
    properties={"label_id": LABEL_ID}, required=("label_id",), closed=True
)
"""``#/components/schemas/AttachLabelRequest``"""

LABEL_ATTACHMENT = Object(
    properties={"contact_id": CONTACT_ID, "label_id": LABEL_ID, "attached": Boolean()},
    required=("contact_id", "label_id", "attached"),
)
"""``#/components/schemas/LabelAttachment``"""

ERROR = Object(
    properties={
        "type": ERROR_TYPE,
        "code": String(),
        "message": String(),
        "param": String(),
        "request_id": REQUEST_ID,
    },
    required=("type", "code", "message", "request_id"),
)
"""``#/components/schemas/Error``"""

LABEL = Object(
    properties={
        "id": LABEL_ID,
        "object": String(enum=("label",)),
        "name": String(min_length=1, max_length=50),
        "color": LABEL_COLOR,
        "team_id": TEAM_ID,
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    },
    required=("id", "object", "name", "color", "team_id", "created_at", "updated_at"),
)
"""``#/components/schemas/Label``"""

CREATE_LABEL_REQUEST = Object(
    properties={
        "team_id": TEAM_ID,
        "name": String(min_length=1, max_length=50),
        "color": LABEL_COLOR,
    },
    required=("name",),
    closed=True,
)
"""``#/components/schemas/CreateLabelRequest``"""

UPDATE_LABEL_REQUEST = Object(
    properties={"name": String(min_length=1, max_length=50), "color": LABEL_COLOR}, closed=True
)
"""``#/components/schemas/UpdateLabelRequest``"""

DELETED_LABEL = Object(
    properties={"id": LABEL_ID, "object": String(enum=("label",)), "deleted": Boolean()},
    required=("id", "object", "deleted"),
)
"""``#/components/schemas/DeletedLabel``"""

CONTACT = Object(
    properties={
        "id": CONTACT_ID,
        "object": String(enum=("contact",)),
        "phone_number": Nullable(PHONE_NUMBER),
        "name": String(nullable=True),
        "email": String(nullable=True),
        "metadata": Nullable(METADATA),
        "whatsapp_account": WHATS_APP_ACCOUNT_REF,
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    },
    required=(
        "id",
        "object",
        "phone_number",
        "name",
        "email",
        "metadata",
        "whatsapp_account",
        "created_at",
        "updated_at",
    ),
)
"""``#/components/schemas/Contact``"""

CREATE_CONTACT_REQUEST = Object(
    properties={
        "from": PHONE_NUMBER,
        "phone_number": PHONE_NUMBER,
        "name": String(min_length=1),
        "email": String(format="email", nullable=True),
        "metadata": METADATA,
    },
    required=("phone_number",),
    closed=True,
)
"""``#/components/schemas/CreateContactRequest``"""

BULK_LABEL_REQUEST = Object(
    properties={
        "contact_ids": Array(items=CONTACT_ID, min_items=1, max_items=1000),
        "label_id": LABEL_ID,
        "operation": BULK_LABEL_OPERATION,
    },
    required=("contact_ids", "label_id", "operation"),
    closed=True,
)
"""``#/components/schemas/BulkLabelRequest``"""

BULK_LABEL_RESULT_ENVELOPE = Object(
    properties={"data": BULK_LABEL_RESULT, "request_id": REQUEST_ID},
    required=("data", "request_id"),
)
"""``#/components/schemas/BulkLabelResultEnvelope``"""

ORGANIZATION = Object(
    properties={"id": ORGANIZATION_ID, "object": String(enum=("organization",)), "name": String()},
    required=("id", "object", "name"),
)
"""``#/components/schemas/Organization``"""

API_KEY = Object(
    properties={
        "id": API_KEY_ID,
        "object": String(enum=("api_key",)),
        "label": String(nullable=True),
        "last4": String(min_length=4, max_length=4),
    },
    required=("id", "object", "label", "last4"),
)
"""``#/components/schemas/ApiKey``"""

WEBHOOK_SECRET = Object(
    properties={
        "id": WEBHOOK_SECRET_ID,
        "created_at": TIMESTAMP,
        "expires_at": Nullable(TIMESTAMP),
    },
    required=("id", "created_at", "expires_at"),
)
"""``#/components/schemas/WebhookSecret``"""

WEBHOOK_SUBSCRIPTION_EVENTS = Array(items=WEBHOOK_EVENT_TYPE, min_items=1, unique_items=True)
"""``#/components/schemas/WebhookSubscriptionEvents``"""

CREATED_WEBHOOK_SECRET = Object(
    properties={
        "id": WEBHOOK_SECRET_ID,
        "object": String(enum=("webhook_secret",)),
        "subscription_id": WEBHOOK_SUBSCRIPTION_ID,
        "secret": WEBHOOK_SECRET_VALUE,
        "created_at": TIMESTAMP,
        "expires_at": Nullable(TIMESTAMP),
    },
    required=("id", "object", "subscription_id", "secret", "created_at", "expires_at"),
)
"""``#/components/schemas/CreatedWebhookSecret``"""

WEBHOOK_DELIVERY = Object(
    properties={
        "id": WEBHOOK_DELIVERY_ID,
        "object": String(enum=("webhook_delivery",)),
        "subscription_id": WEBHOOK_SUBSCRIPTION_ID,
        "event_id": EVENT_ID,
        "event_type": WEBHOOK_EVENT_TYPE,
        "url": WEBHOOK_SUBSCRIPTION_URL,
        "status": WEBHOOK_DELIVERY_STATUS,
        "attempt": Integer(minimum=1, maximum=8),
        "response_status": Integer(minimum=100, maximum=599, nullable=True),
        "replayed_from": String(pattern="^wbd_[0-9A-HJKMNP-TV-Z]{26}$", nullable=True),
        "created_at": TIMESTAMP,
        "completed_at": Nullable(TIMESTAMP),
    },
    required=(
        "id",
        "object",
        "subscription_id",
        "event_id",
        "event_type",
        "url",
        "status",
        "attempt",
        "response_status",
        "replayed_from",
        "created_at",
        "completed_at",
    ),
)
"""``#/components/schemas/WebhookDelivery``"""

IMAGE_CONTENT = Object(
    properties={"url": MEDIA_URL, "caption": String(max_length=1024)},
    required=("url",),
    closed=True,
)
"""``#/components/schemas/ImageContent``"""

VIDEO_CONTENT = Object(
    properties={"url": MEDIA_URL, "caption": String(max_length=1024)},
    required=("url",),
    closed=True,
)
"""``#/components/schemas/VideoContent``"""

DOCUMENT_CONTENT = Object(
    properties={
        "url": MEDIA_URL,
        "caption": String(max_length=1024),
        "filename": String(min_length=1, max_length=255),
    },
    required=("url",),
    closed=True,
)
"""``#/components/schemas/DocumentContent``"""

AUDIO_CONTENT = Object(properties={"url": MEDIA_URL}, required=("url",), closed=True)
"""``#/components/schemas/AudioContent``"""

MESSAGE_CONTEXT = Object(
    properties={"message_id": MESSAGE_ID}, required=("message_id",), closed=True
)
"""``#/components/schemas/MessageContext``"""

CONVERSATION_REF = Object(
    properties={
        "id": CONVERSATION_ID,
        "object": String(enum=("conversation",)),
        "status": CONVERSATION_STATUS,
    },
    required=("id", "object", "status"),
)
"""``#/components/schemas/ConversationRef``"""

CLOSED_CONVERSATION_REF = Object(
    properties={
        "id": CONVERSATION_ID,
        "object": String(enum=("conversation",)),
        "status": String(enum=("resolved",)),
        "closed_by_user_id": String(pattern="^usr_[0-9A-HJKMNP-TV-Z]{26}$", nullable=True),
    },
    required=("id", "object", "status", "closed_by_user_id"),
)
"""``#/components/schemas/ClosedConversationRef``"""

HEALTH_ENVELOPE = Object(
    properties={
        "data": Object(properties={"status": String(enum=("ok",))}, required=("status",)),
        "request_id": REQUEST_ID,
    },
    required=("data", "request_id"),
)
"""``#/components/schemas/HealthEnvelope``"""

ACCOUNT = Object(
    properties={
        "object": String(enum=("account",)),
        "phone_number_id": String(pattern="^\\d{6,20}$", nullable=True),
        "phone_number": String(nullable=True),
        "name": String(nullable=True),
        "status": ACCOUNT_STATUS,
    },
    required=("object", "phone_number_id", "phone_number", "name", "status"),
)
"""``#/components/schemas/Account``"""

TEMPLATE = Object(
    properties={
        "id": TEMPLATE_ID,
        "object": String(enum=("template",)),
        "name": String(),
        "language": String(),
        "category": String(enum=("MARKETING", "UTILITY", "AUTHENTICATION")),
        "status": String(enum=("approved", "pending", "rejected")),
        "components": Array(items=Object(properties={})),
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    },
    required=(
        "id",
        "object",
        "name",
        "language",
        "category",
        "status",
        "components",
        "created_at",
        "updated_at",
    ),
)
"""``#/components/schemas/Template``"""

CONVERSATION_CONTACT = Object(
    properties={
        "id": CONTACT_ID,
        "phone_number": String(nullable=True),
        "name": String(nullable=True),
    },
    required=("id", "phone_number", "name"),
)
"""``#/components/schemas/ConversationContact``"""

ASSIGNEE = Object(
    properties={"id": USER_ID, "name": String(nullable=True), "email": String(nullable=True)},
    required=("id", "name", "email"),
)
"""``#/components/schemas/Assignee``"""

UPDATE_CONVERSATION_REQUEST = Object(
    properties={
        "assignee_id": String(pattern="^usr_[0-9A-HJKMNP-TV-Z]{26}$", nullable=True),
        "status": CONVERSATION_STATUS,
    },
    closed=True,
)
"""``#/components/schemas/UpdateConversationRequest``"""

UPDATE_CONTACT_REQUEST = Object(
    properties={
        "name": String(min_length=1, nullable=True),
        "email": String(format="email", nullable=True),
        "metadata": Nullable(METADATA),
    },
    closed=True,
)
"""``#/components/schemas/UpdateContactRequest``"""

LABEL_ATTACHMENT_ENVELOPE = Object(
    properties={"data": LABEL_ATTACHMENT, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/LabelAttachmentEnvelope``"""

ERROR_ENVELOPE = Object(properties={"error": ERROR}, required=("error",))
"""``#/components/schemas/ErrorEnvelope``"""

LABEL_ENVELOPE = Object(
    properties={"data": LABEL, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/LabelEnvelope``"""

LABEL_LIST = Object(
    properties={
        "data": Array(items=LABEL),
        "has_more": Boolean(),
        "next_cursor": Nullable(PAGE_CURSOR),
        "request_id": REQUEST_ID,
    },
    required=("data", "has_more", "next_cursor", "request_id"),
)
"""``#/components/schemas/LabelList``"""

DELETED_LABEL_ENVELOPE = Object(
    properties={"data": DELETED_LABEL, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/DeletedLabelEnvelope``"""

CONTACT_ENVELOPE = Object(
    properties={"data": CONTACT, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/ContactEnvelope``"""

CONTACT_LIST = Object(
    properties={
        "data": Array(items=CONTACT),
        "has_more": Boolean(),
        "next_cursor": Nullable(PAGE_CURSOR),
        "request_id": REQUEST_ID,
    },
    required=("data", "has_more", "next_cursor", "request_id"),
)
"""``#/components/schemas/ContactList``"""

ME = Object(
    properties={"organization": ORGANIZATION, "api_key": API_KEY, "rate_limits": RATE_LIMITS},
    required=("organization", "api_key", "rate_limits"),
)
"""``#/components/schemas/Me``"""

WEBHOOK_SUBSCRIPTION = Object(
    properties={
        "id": WEBHOOK_SUBSCRIPTION_ID,
        "object": String(enum=("webhook_subscription",)),
        "url": WEBHOOK_SUBSCRIPTION_URL,
        "description": String(nullable=True),
        "status": WEBHOOK_SUBSCRIPTION_STATUS,
        "events": WEBHOOK_SUBSCRIPTION_EVENTS,
        "secrets": Array(items=WEBHOOK_SECRET),
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    },
    required=(
        "id",
        "object",
        "url",
        "description",
        "status",
        "events",
        "secrets",
        "created_at",
        "updated_at",
    ),
)
"""``#/components/schemas/WebhookSubscription``"""

CREATED_WEBHOOK_SUBSCRIPTION = Object(
    properties={
        "id": WEBHOOK_SUBSCRIPTION_ID,
        "object": String(enum=("webhook_subscription",)),
        "url": WEBHOOK_SUBSCRIPTION_URL,
        "description": String(nullable=True),
        "status": WEBHOOK_SUBSCRIPTION_STATUS,
        "events": WEBHOOK_SUBSCRIPTION_EVENTS,
        "secrets": Array(items=WEBHOOK_SECRET),
        "initial_secret": WEBHOOK_SECRET_VALUE,
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    },
    required=(
        "id",
        "object",
        "url",
        "description",
        "status",
        "events",
        "secrets",
        "initial_secret",
        "created_at",
        "updated_at",
    ),
)
"""``#/components/schemas/CreatedWebhookSubscription``"""

CREATE_WEBHOOK_SUBSCRIPTION_REQUEST = Object(
    properties={
        "url": WEBHOOK_SUBSCRIPTION_URL,
        "events": WEBHOOK_SUBSCRIPTION_EVENTS,
        "description": String(max_length=255),
    },
    required=("url", "events"),
    closed=True,
)
"""``#/components/schemas/CreateWebhookSubscriptionRequest``"""

UPDATE_WEBHOOK_SUBSCRIPTION_REQUEST = Object(
    properties={
        "url": WEBHOOK_SUBSCRIPTION_URL,
        "events": WEBHOOK_SUBSCRIPTION_EVENTS,
        "description": String(max_length=255, nullable=True),
        "status": WEBHOOK_SUBSCRIPTION_STATUS,
    },
    closed=True,
)
"""``#/components/schemas/UpdateWebhookSubscriptionRequest``"""

CREATED_WEBHOOK_SECRET_ENVELOPE = Object(
    properties={"data": CREATED_WEBHOOK_SECRET, "request_id": REQUEST_ID},
    required=("data", "request_id"),
)
"""``#/components/schemas/CreatedWebhookSecretEnvelope``"""

WEBHOOK_DELIVERY_ENVELOPE = Object(
    properties={"data": WEBHOOK_DELIVERY, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/WebhookDeliveryEnvelope``"""

WEBHOOK_DELIVERY_LIST = Object(
    properties={
        "data": Array(items=WEBHOOK_DELIVERY),
        "has_more": Boolean(),
        "next_cursor": Nullable(PAGE_CURSOR),
        "request_id": REQUEST_ID,
    },
    required=("data", "has_more", "next_cursor", "request_id"),
)
"""``#/components/schemas/WebhookDeliveryList``"""

MESSAGE = Object(
    properties={
        "id": MESSAGE_ID,
        "object": String(enum=("message",)),
        "direction": MESSAGE_DIRECTION,
        "conversation_id": CONVERSATION_ID,
        "contact_id": CONTACT_ID,
        "from": PHONE_NUMBER,
        "to": PHONE_NUMBER,
        "type": MESSAGE_TYPE,
        "status": MESSAGE_STATUS,
        "text": TEXT_CONTENT,
        "template": TEMPLATE_CONTENT,
        "image": IMAGE_CONTENT,
        "document": DOCUMENT_CONTENT,
        "audio": AUDIO_CONTENT,
        "video": VIDEO_CONTENT,
        "context": Nullable(MESSAGE_CONTEXT),
        "error": Nullable(MESSAGE_ERROR),
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    },
    required=(
        "id",
        "object",
        "direction",
        "conversation_id",
        "contact_id",
        "from",
        "to",
        "type",
        "status",
        "context",
        "error",
        "created_at",
        "updated_at",
    ),
)
"""``#/components/schemas/Message``"""

SEND_TEXT_MESSAGE_REQUEST = Object(
    properties={
        "from": PHONE_NUMBER,
        "to": PHONE_NUMBER,
        "type": String(enum=("text",)),
        "text": TEXT_CONTENT,
        "context": MESSAGE_CONTEXT,
    },
    required=("to", "type", "text"),
    closed=True,
)
"""``#/components/schemas/SendTextMessageRequest``"""

SEND_TEMPLATE_MESSAGE_REQUEST = Object(
    properties={
        "from": PHONE_NUMBER,
        "to": PHONE_NUMBER,
        "type": String(enum=("template",)),
        "template": TEMPLATE_CONTENT,
        "context": MESSAGE_CONTEXT,
    },
    required=("to", "type", "template"),
    closed=True,
)
"""``#/components/schemas/SendTemplateMessageRequest``"""

SEND_IMAGE_MESSAGE_REQUEST = Object(
    properties={
        "from": PHONE_NUMBER,
        "to": PHONE_NUMBER,
        "type": String(enum=("image",)),
        "image": IMAGE_CONTENT,
        "context": MESSAGE_CONTEXT,
    },
    required=("to", "type", "image"),
    closed=True,
)
"""``#/components/schemas/SendImageMessageRequest``"""

SEND_DOCUMENT_MESSAGE_REQUEST = Object(
    properties={
        "from": PHONE_NUMBER,
        "to": PHONE_NUMBER,
        "type": String(enum=("document",)),
        "document": DOCUMENT_CONTENT,
        "context": MESSAGE_CONTEXT,
    },
    required=("to", "type", "document"),
    closed=True,
)
"""``#/components/schemas/SendDocumentMessageRequest``"""

SEND_AUDIO_MESSAGE_REQUEST = Object(
    properties={
        "from": PHONE_NUMBER,
        "to": PHONE_NUMBER,
        "type": String(enum=("audio",)),
        "audio": AUDIO_CONTENT,
        "context": MESSAGE_CONTEXT,
    },
    required=("to", "type", "audio"),
    closed=True,
)
"""``#/components/schemas/SendAudioMessageRequest``"""

SEND_VIDEO_MESSAGE_REQUEST = Object(
    properties={
        "from": PHONE_NUMBER,
        "to": PHONE_NUMBER,
        "type": String(enum=("video",)),
        "video": VIDEO_CONTENT,
        "context": MESSAGE_CONTEXT,
    },
    required=("to", "type", "video"),
    closed=True,
)
"""``#/components/schemas/SendVideoMessageRequest``"""

CONVERSATION_ASSIGNED_DATA = Object(
    properties={"conversation": CONVERSATION_REF, "assignee": ASSIGNMENT_CHANGE},
    required=("conversation", "assignee"),
)
"""``#/components/schemas/ConversationAssignedData``"""

CONVERSATION_CLOSED_DATA = Object(
    properties={"conversation": CLOSED_CONVERSATION_REF}, required=("conversation",)
)
"""``#/components/schemas/ConversationClosedData``"""

CONTACT_CREATED_DATA = Object(
    properties={"contact": CONTACT, "acquisition_source": String()},
    required=("contact", "acquisition_source"),
)
"""``#/components/schemas/ContactCreatedData``"""

CONTACT_UPDATED_DATA = Object(
    properties={
        "contact": CONTACT,
        "changed_fields": Array(
            items=String(enum=("name", "email", "metadata")), min_items=1, unique_items=True
        ),
    },
    required=("contact", "changed_fields"),
)
"""``#/components/schemas/ContactUpdatedData``"""

ACCOUNT_LIST = Object(
    properties={
        "data": Array(items=ACCOUNT),
        "has_more": Boolean(),
        "next_cursor": Anything(),
        "request_id": REQUEST_ID,
    },
    required=("data", "has_more", "next_cursor", "request_id"),
)
"""``#/components/schemas/AccountList``"""

TEMPLATE_ENVELOPE = Object(
    properties={"data": TEMPLATE, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/TemplateEnvelope``"""

TEMPLATE_LIST = Object(
    properties={
        "data": Array(items=TEMPLATE),
        "has_more": Boolean(),
        "next_cursor": Nullable(PAGE_CURSOR),
        "request_id": REQUEST_ID,
    },
    required=("data", "has_more", "next_cursor", "request_id"),
)
"""``#/components/schemas/TemplateList``"""

CONVERSATION = Object(
    properties={
        "id": CONVERSATION_ID,
        "object": String(enum=("conversation",)),
        "status": CONVERSATION_STATUS,
        "contact": CONVERSATION_CONTACT,
        "whatsapp_account": WHATS_APP_ACCOUNT_REF,
        "assignee": Nullable(ASSIGNEE),
        "unread_count": Integer(minimum=0),
        "last_message_at": Nullable(TIMESTAMP),
        "last_inbound_at": Nullable(TIMESTAMP),
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    },
    required=(
        "id",
        "object",
        "status",
        "contact",
        "whatsapp_account",
        "assignee",
        "unread_count",
        "last_message_at",
        "last_inbound_at",
        "created_at",
        "updated_at",
    ),
)
"""``#/components/schemas/Conversation``"""

ME_ENVELOPE = Object(
    properties={"data": ME, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/MeEnvelope``"""

WEBHOOK_SUBSCRIPTION_ENVELOPE = Object(
    properties={"data": WEBHOOK_SUBSCRIPTION, "request_id": REQUEST_ID},
    required=("data", "request_id"),
)
"""``#/components/schemas/WebhookSubscriptionEnvelope``"""

CREATED_WEBHOOK_SUBSCRIPTION_ENVELOPE = Object(
    properties={"data": CREATED_WEBHOOK_SUBSCRIPTION, "request_id": REQUEST_ID},
    required=("data", "request_id"),
)
"""``#/components/schemas/CreatedWebhookSubscriptionEnvelope``"""

WEBHOOK_SUBSCRIPTION_LIST = Object(
    properties={
        "data": Array(items=WEBHOOK_SUBSCRIPTION),
        "has_more": Boolean(),
        "next_cursor": Nullable(PAGE_CURSOR),
        "request_id": REQUEST_ID,
    },
    required=("data", "has_more", "next_cursor", "request_id"),
)
"""``#/components/schemas/WebhookSubscriptionList``"""

MESSAGE_ENVELOPE = Object(
    properties={"data": MESSAGE, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/MessageEnvelope``"""

MESSAGE_LIST = Object(
    properties={
        "data": Array(items=MESSAGE),
        "has_more": Boolean(),
        "next_cursor": Nullable(PAGE_CURSOR),
        "request_id": REQUEST_ID,
    },
    required=("data", "has_more", "next_cursor", "request_id"),
)
"""``#/components/schemas/MessageList``"""

SEND_MESSAGE_REQUEST = OneOf(
    (
        SEND_TEXT_MESSAGE_REQUEST,
        SEND_TEMPLATE_MESSAGE_REQUEST,
        SEND_IMAGE_MESSAGE_REQUEST,
        SEND_DOCUMENT_MESSAGE_REQUEST,
        SEND_AUDIO_MESSAGE_REQUEST,
        SEND_VIDEO_MESSAGE_REQUEST,
    ),
    discriminator="type",
    mapping={
        "text": SEND_TEXT_MESSAGE_REQUEST,
        "template": SEND_TEMPLATE_MESSAGE_REQUEST,
        "image": SEND_IMAGE_MESSAGE_REQUEST,
        "document": SEND_DOCUMENT_MESSAGE_REQUEST,
        "audio": SEND_AUDIO_MESSAGE_REQUEST,
        "video": SEND_VIDEO_MESSAGE_REQUEST,
    },
)
"""``#/components/schemas/SendMessageRequest``"""

MESSAGE_EVENT_DATA = Object(properties={"message": MESSAGE}, required=("message",))
"""``#/components/schemas/MessageEventData``"""

CONVERSATION_ASSIGNED_EVENT = Object(
    properties={
        "id": EVENT_ID,
        "type": String(enum=("conversation.assigned",)),
        "created_at": TIMESTAMP,
        "data": CONVERSATION_ASSIGNED_DATA,
    },
    required=("id", "type", "created_at", "data"),
)
"""``#/components/schemas/ConversationAssignedEvent``"""

CONVERSATION_CLOSED_EVENT = Object(
    properties={
        "id": EVENT_ID,
        "type": String(enum=("conversation.closed",)),
        "created_at": TIMESTAMP,
        "data": CONVERSATION_CLOSED_DATA,
    },
    required=("id", "type", "created_at", "data"),
)
"""``#/components/schemas/ConversationClosedEvent``"""

CONTACT_CREATED_EVENT = Object(
    properties={
        "id": EVENT_ID,
        "type": String(enum=("contact.created",)),
        "created_at": TIMESTAMP,
        "data": CONTACT_CREATED_DATA,
    },
    required=("id", "type", "created_at", "data"),
)
"""``#/components/schemas/ContactCreatedEvent``"""

CONTACT_UPDATED_EVENT = Object(
    properties={
        "id": EVENT_ID,
        "type": String(enum=("contact.updated",)),
        "created_at": TIMESTAMP,
        "data": CONTACT_UPDATED_DATA,
    },
    required=("id", "type", "created_at", "data"),
)
"""``#/components/schemas/ContactUpdatedEvent``"""

CONVERSATION_ENVELOPE = Object(
    properties={"data": CONVERSATION, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/ConversationEnvelope``"""

CONVERSATION_LIST = Object(
    properties={
        "data": Array(items=CONVERSATION),
        "has_more": Boolean(),
        "next_cursor": Nullable(PAGE_CURSOR),
        "request_id": REQUEST_ID,
    },
    required=("data", "has_more", "next_cursor", "request_id"),
)
"""``#/components/schemas/ConversationList``"""

MESSAGE_RECEIVED_EVENT = Object(
    properties={
        "id": EVENT_ID,
        "type": String(enum=("message.received",)),
        "created_at": TIMESTAMP,
        "data": MESSAGE_EVENT_DATA,
    },
    required=("id", "type", "created_at", "data"),
)
"""``#/components/schemas/MessageReceivedEvent``"""

MESSAGE_CREATED_EVENT = Object(
    properties={
        "id": EVENT_ID,
        "type": String(enum=("message.created",)),
        "created_at": TIMESTAMP,
        "data": MESSAGE_EVENT_DATA,
    },
    required=("id", "type", "created_at", "data"),
)
"""``#/components/schemas/MessageCreatedEvent``"""

MESSAGE_STATUS_EVENT = Object(
    properties={
        "id": EVENT_ID,
        "type": String(enum=("message.status",)),
        "created_at": TIMESTAMP,
        "data": MESSAGE_EVENT_DATA,
    },
    required=("id", "type", "created_at", "data"),
)
"""``#/components/schemas/MessageStatusEvent``"""

WEBHOOK_EVENT = OneOf(
    (
        MESSAGE_RECEIVED_EVENT,
        MESSAGE_CREATED_EVENT,
        MESSAGE_STATUS_EVENT,
        CONVERSATION_ASSIGNED_EVENT,
        CONVERSATION_CLOSED_EVENT,
        CONTACT_CREATED_EVENT,
        CONTACT_UPDATED_EVENT,
    ),
    discriminator="type",
    mapping={
        "message.received": MESSAGE_RECEIVED_EVENT,
        "message.created": MESSAGE_CREATED_EVENT,
        "message.status": MESSAGE_STATUS_EVENT,
        "conversation.assigned": CONVERSATION_ASSIGNED_EVENT,
        "conversation.closed": CONVERSATION_CLOSED_EVENT,
        "contact.created": CONTACT_CREATED_EVENT,
        "contact.updated": CONTACT_UPDATED_EVENT,
    },
)
"""``#/components/schemas/WebhookEvent``"""
