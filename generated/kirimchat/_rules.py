"""The rules of every schema and operation of the API description, for ``_validation``.

Generated from openapi.yaml: each pattern, length, bound and enum is here exactly once.
"""

from ._validation import Array, Boolean, Integer, Nullable, Object, String

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

ME_ENVELOPE = Object(
    properties={"data": ME, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/MeEnvelope``"""

# POST /contacts/{id}/labels (attachLabel)
ATTACH_LABEL__ID = CONTACT_ID
ATTACH_LABEL__IDEMPOTENCY_KEY = String(min_length=1, max_length=255)
ATTACH_LABEL__BODY = ATTACH_LABEL_REQUEST
ATTACH_LABEL__RESPONSE_200 = LABEL_ATTACHMENT_ENVELOPE

# DELETE /contacts/{id}/labels/{label_id} (detachLabel)
DETACH_LABEL__ID = CONTACT_ID
DETACH_LABEL__LABEL_ID = LABEL_ID
DETACH_LABEL__RESPONSE_200 = LABEL_ATTACHMENT_ENVELOPE

# POST /contacts/bulk_label (bulkLabel)
BULK_LABEL__IDEMPOTENCY_KEY = String(min_length=1, max_length=255)
BULK_LABEL__BODY = BULK_LABEL_REQUEST
BULK_LABEL__RESPONSE_200 = BULK_LABEL_RESULT_ENVELOPE

# GET /contacts (listContacts)
LIST_CONTACTS__PHONE = PHONE_NUMBER
LIST_CONTACTS__SEARCH = String(min_length=1, max_length=200)
LIST_CONTACTS__LIMIT = Integer(minimum=1, maximum=100)
LIST_CONTACTS__CURSOR = PAGE_CURSOR
LIST_CONTACTS__RESPONSE_200 = CONTACT_LIST

# POST /contacts (createContact)
CREATE_CONTACT__IDEMPOTENCY_KEY = String(min_length=1, max_length=255)
CREATE_CONTACT__BODY = CREATE_CONTACT_REQUEST
CREATE_CONTACT__RESPONSE_201 = CONTACT_ENVELOPE

# GET /contacts/{id} (getContact)
GET_CONTACT__ID = CONTACT_ID
GET_CONTACT__RESPONSE_200 = CONTACT_ENVELOPE

# GET /labels (listLabels)
LIST_LABELS__LIMIT = Integer(minimum=1, maximum=100)
LIST_LABELS__CURSOR = PAGE_CURSOR
LIST_LABELS__RESPONSE_200 = LABEL_LIST

# POST /labels (createLabel)
CREATE_LABEL__IDEMPOTENCY_KEY = String(min_length=1, max_length=255)
CREATE_LABEL__BODY = CREATE_LABEL_REQUEST
CREATE_LABEL__RESPONSE_201 = LABEL_ENVELOPE

# GET /labels/{id} (getLabel)
GET_LABEL__ID = LABEL_ID
GET_LABEL__RESPONSE_200 = LABEL_ENVELOPE

# DELETE /labels/{id} (deleteLabel)
DELETE_LABEL__ID = LABEL_ID
DELETE_LABEL__RESPONSE_200 = DELETED_LABEL_ENVELOPE

# PATCH /labels/{id} (updateLabel)
UPDATE_LABEL__ID = LABEL_ID
UPDATE_LABEL__BODY = UPDATE_LABEL_REQUEST
UPDATE_LABEL__RESPONSE_200 = LABEL_ENVELOPE

# GET /me (getMe)
GET_ME__RESPONSE_200 = ME_ENVELOPE
