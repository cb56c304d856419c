# Generated from openapi.yaml by datamodel-code-generator (scripts/generation/request_types.py,
# options in pyproject.toml): the request bodies as TypedDicts. Never edit by hand.

from __future__ import annotations

from typing import Any, Literal, TypeAlias

from typing_extensions import NotRequired, TypedDict

BulkLabelOperation: TypeAlias = Literal["attach", "detach"]
"""
Whether to attach or detach the label.
"""


ContactId: TypeAlias = str
"""
A contact id; `ctc_` and 26 upper-case Crockford base32 characters.
"""


ConversationStatus: TypeAlias = Literal["open", "pending", "resolved"]
"""
`open` and `pending` conversations await work; `resolved` ones are closed.
"""


LabelColor: TypeAlias = Literal[
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
]
"""
One of the 13 colours a label can have.
"""


LabelId: TypeAlias = str
"""
A label id; `lbl_` and 26 upper-case Crockford base32 characters.
"""


MediaUrl: TypeAlias = str
"""
A public `https://` URL WhatsApp fetches the file from.
"""


MessageId: TypeAlias = str
"""
A message id; `msg_` and 26 upper-case Crockford base32 characters.
"""


Metadata: TypeAlias = dict[str, str]
"""
Free-form key/value pairs of your own, with string values.
"""


PhoneNumber: TypeAlias = str
"""
A phone number in E.164 form, a `+` and 7 to 15 digits.
"""


class RotateWebhookSecretRequest(TypedDict, closed=True):
    """
    How long the secrets active until now keep signing.
    """

    expires_in_hours: NotRequired[int]
    """
    Hours until the previously active secrets expire, from 1 to 720.
    """


TeamId: TypeAlias = str
"""
A team id, 1 to 64 characters without white space.
"""


class TemplateContent(TypedDict, closed=True):
    """
    A message from a template approved by Meta.
    """

    name: str
    """
    The template's name.
    """
    language: str
    """
    The template's language code, e.g. `id_ID` or `en`.
    """
    components: NotRequired[list[dict[str, Any]]]
    """
    The values of the template's parameters, in Meta's own shape (forwarded as is).
    """


class TextContent(TypedDict, closed=True):
    """
    A plain-text message.
    """

    body: str
    """
    The text, 1 to 4096 characters.
    """
    preview_url: NotRequired[bool]
    """
    Ask WhatsApp to render a preview of the first URL in `body`.
    """


class UpdateContactRequest(TypedDict, closed=True):
    """
    The fields to change; omitted fields keep their value, null clears one.
    """

    name: NotRequired[str | None]
    """
    The contact's name.
    """
    email: NotRequired[str | None]
    """
    The contact's email address.
    """
    metadata: NotRequired[Metadata | None]
    """
    Your key/value pairs; they replace the old ones whole.
    """


class UpdateConversationRequest(TypedDict, closed=True):
    """
    The fields to change; omitted fields keep their value.
    """

    assignee_id: NotRequired[str | None]
    """
    The user to assign the conversation to; null unassigns it.
    """
    status: NotRequired[ConversationStatus]


class UpdateLabelRequest(TypedDict, closed=True):
    """
    The fields to change; omitted fields keep their value.
    """

    name: NotRequired[str]
    """
    The new name, unique within the label's team.
    """
    color: NotRequired[LabelColor]


class VideoContent(TypedDict, closed=True):
    """
    A video by URL.
    """

    url: MediaUrl
    caption: NotRequired[str]
    """
    Up to 1024 characters.
    """


WebhookEventType: TypeAlias = Literal[
    "message.received",
    "message.created",
    "message.status",
    "conversation.assigned",
    "conversation.closed",
    "contact.created",
    "contact.updated",
]
"""
The type of a webhook event.
"""


WebhookSubscriptionEvents: TypeAlias = list[WebhookEventType]
"""
The event types to deliver, at least one, each once.
"""


WebhookSubscriptionStatus: TypeAlias = Literal["active", "disabled"]
"""
`active` subscriptions receive their events; `disabled` ones (by you, or by the API after repeated failed deliveries) receive none until set `active` again.
"""


WebhookSubscriptionUrl: TypeAlias = str
"""
Where the events are POSTed. The API accepts only `https://` URLs (else 400 `invalid_webhook_url`).
"""


class AttachLabelRequest(TypedDict, closed=True):
    """
    Which label to attach.
    """

    label_id: LabelId


class AudioContent(TypedDict, closed=True):
    """
    An audio file by URL.
    """

    url: MediaUrl


class BulkLabelRequest(TypedDict, closed=True):
    """
    One label, one operation, up to 1000 contacts.
    """

    contact_ids: list[ContactId]
    """
    The contacts, 1 to 1000 of them.
    """
    label_id: LabelId
    operation: BulkLabelOperation


CreateContactRequest = TypedDict(
    "CreateContactRequest",
    {
        "from": NotRequired[PhoneNumber],
        "phone_number": PhoneNumber,
        "name": NotRequired[str],
        "email": NotRequired[str | None],
        "metadata": NotRequired[Metadata],
    },
    closed=True,
)


class CreateLabelRequest(TypedDict, closed=True):
    """
    A new label.
    """

    team_id: NotRequired[TeamId]
    name: str
    """
    The label's name, unique within its team.
    """
    color: NotRequired[LabelColor]


class CreateWebhookSubscriptionRequest(TypedDict, closed=True):
    """
    A new webhook subscription.
    """

    url: WebhookSubscriptionUrl
    events: WebhookSubscriptionEvents
    description: NotRequired[str]
    """
    A note of yours on what the subscription is for.
    """


class DocumentContent(TypedDict, closed=True):
    """
    A document by URL.
    """

    url: MediaUrl
    caption: NotRequired[str]
    """
    Up to 1024 characters.
    """
    filename: NotRequired[str]
    """
    The name the recipient sees.
    """


class ImageContent(TypedDict, closed=True):
    """
    An image (JPEG or PNG) by URL.
    """

    url: MediaUrl
    caption: NotRequired[str]
    """
    Up to 1024 characters.
    """


class MessageContext(TypedDict, closed=True):
    """
    The message this one replies to.
    """

    message_id: MessageId


SendAudioMessageRequest = TypedDict(
    "SendAudioMessageRequest",
    {
        "from": NotRequired[PhoneNumber],
        "to": PhoneNumber,
        "type": Literal["audio"],
        "audio": AudioContent,
        "context": NotRequired[MessageContext],
    },
    closed=True,
)


SendDocumentMessageRequest = TypedDict(
    "SendDocumentMessageRequest",
    {
        "from": NotRequired[PhoneNumber],
        "to": PhoneNumber,
        "type": Literal["document"],
        "document": DocumentContent,
        "context": NotRequired[MessageContext],
    },
    closed=True,
)


SendImageMessageRequest = TypedDict(
    "SendImageMessageRequest",
    {
        "from": NotRequired[PhoneNumber],
        "to": PhoneNumber,
        "type": Literal["image"],
        "image": ImageContent,
        "context": NotRequired[MessageContext],
    },
    closed=True,
)


SendTemplateMessageRequest = TypedDict(
    "SendTemplateMessageRequest",
    {
        "from": NotRequired[PhoneNumber],
        "to": PhoneNumber,
        "type": Literal["template"],
        "template": TemplateContent,
        "context": NotRequired[MessageContext],
    },
    closed=True,
)


SendTextMessageRequest = TypedDict(
    "SendTextMessageRequest",
    {
        "from": NotRequired[PhoneNumber],
        "to": PhoneNumber,
        "type": Literal["text"],
        "text": TextContent,
        "context": NotRequired[MessageContext],
    },
    closed=True,
)


SendVideoMessageRequest = TypedDict(
    "SendVideoMessageRequest",
    {
        "from": NotRequired[PhoneNumber],
        "to": PhoneNumber,
        "type": Literal["video"],
        "video": VideoContent,
        "context": NotRequired[MessageContext],
    },
    closed=True,
)


class UpdateWebhookSubscriptionRequest(TypedDict, closed=True):
    """
    The fields to change; omitted fields keep their value.
    """

    url: NotRequired[WebhookSubscriptionUrl]
    events: NotRequired[WebhookSubscriptionEvents]
    description: NotRequired[str | None]
    """
    A new note, or null to remove it.
    """
    status: NotRequired[WebhookSubscriptionStatus]


SendMessageRequest: TypeAlias = (
    SendTextMessageRequest
    | SendTemplateMessageRequest
    | SendImageMessageRequest
    | SendDocumentMessageRequest
    | SendAudioMessageRequest
    | SendVideoMessageRequest
)
"""
A message to send, of one of six types, told apart by `type`.
"""
