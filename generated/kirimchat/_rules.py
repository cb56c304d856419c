"""The rules of every schema and operation of the API description, for ``_validation``.

Generated from openapi.yaml: each pattern, length, bound and enum is here exactly once.
"""

from ._validation import Boolean, Object, String

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

LABEL_ATTACHMENT_ENVELOPE = Object(
    properties={"data": LABEL_ATTACHMENT, "request_id": REQUEST_ID}, required=("data", "request_id")
)
"""``#/components/schemas/LabelAttachmentEnvelope``"""

ERROR_ENVELOPE = Object(properties={"error": ERROR}, required=("error",))
"""``#/components/schemas/ErrorEnvelope``"""

# POST /contacts/{id}/labels (attachLabel)
ATTACH_LABEL__ID = CONTACT_ID
ATTACH_LABEL__IDEMPOTENCY_KEY = String(min_length=1, max_length=255)
ATTACH_LABEL__BODY = ATTACH_LABEL_REQUEST
ATTACH_LABEL__RESPONSE = LABEL_ATTACHMENT_ENVELOPE
