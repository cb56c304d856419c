# Generated from openapi.yaml by `make generate` with templates/kirimchat/_api.py.jinja: edit that, not this file.
"""The Kirim Public API as data: every operation of the API description, and its webhook events.

Each operation is declared once, here: method, path, each parameter (where it goes, its rule,
its style), the body's rule and media type, each success status and the model it becomes,
its cursor parameter when it is a list. ``kirimchat._operations`` turns a declaration and a
caller's arguments into a request, and a response into a result; the resource methods
(``kirimchat.resources``) only hand their arguments over.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

from ._operations import Operation, Param, data_of
from ._rules import (
    ACCOUNT_LIST,
    ATTACH_LABEL_REQUEST,
    BULK_LABEL_REQUEST,
    BULK_LABEL_RESULT_ENVELOPE,
    CONTACT_CREATED_EVENT,
    CONTACT_ENVELOPE,
    CONTACT_ID,
    CONTACT_LIST,
    CONTACT_UPDATED_EVENT,
    CONVERSATION_ASSIGNED_EVENT,
    CONVERSATION_CLOSED_EVENT,
    CONVERSATION_ENVELOPE,
    CONVERSATION_ID,
    CONVERSATION_LIST,
    CONVERSATION_STATUS,
    CREATE_CONTACT_REQUEST,
    CREATE_LABEL_REQUEST,
    CREATE_WEBHOOK_SUBSCRIPTION_REQUEST,
    CREATED_WEBHOOK_SECRET_ENVELOPE,
    CREATED_WEBHOOK_SUBSCRIPTION_ENVELOPE,
    DELETED_LABEL_ENVELOPE,
    HEALTH_ENVELOPE,
    LABEL_ATTACHMENT_ENVELOPE,
    LABEL_ENVELOPE,
    LABEL_ID,
    LABEL_LIST,
    ME_ENVELOPE,
    MESSAGE_CREATED_EVENT,
    MESSAGE_DIRECTION,
    MESSAGE_ENVELOPE,
    MESSAGE_ID,
    MESSAGE_LIST,
    MESSAGE_RECEIVED_EVENT,
    MESSAGE_STATUS_EVENT,
    PAGE_CURSOR,
    PHONE_NUMBER,
    ROTATE_WEBHOOK_SECRET_REQUEST,
    SEND_MESSAGE_REQUEST,
    TEMPLATE_ENVELOPE,
    TEMPLATE_ID,
    TEMPLATE_LIST,
    UPDATE_CONTACT_REQUEST,
    UPDATE_CONVERSATION_REQUEST,
    UPDATE_LABEL_REQUEST,
    UPDATE_WEBHOOK_SUBSCRIPTION_REQUEST,
    USER_ID,
    WEBHOOK_DELIVERY_ENVELOPE,
    WEBHOOK_DELIVERY_ID,
    WEBHOOK_DELIVERY_LIST,
    WEBHOOK_DELIVERY_STATUS,
    WEBHOOK_EVENT_TYPE,
    WEBHOOK_SUBSCRIPTION_ENVELOPE,
    WEBHOOK_SUBSCRIPTION_ID,
    WEBHOOK_SUBSCRIPTION_LIST,
)
from ._validation import Integer, Rule, String
from .models.account_list import AccountList
from .models.bulk_label_result import BulkLabelResult
from .models.contact import Contact
from .models.contact_created_event import ContactCreatedEvent
from .models.contact_list import ContactList
from .models.contact_updated_event import ContactUpdatedEvent
from .models.conversation import Conversation
from .models.conversation_assigned_event import ConversationAssignedEvent
from .models.conversation_closed_event import ConversationClosedEvent
from .models.conversation_list import ConversationList
from .models.created_webhook_secret import CreatedWebhookSecret
from .models.created_webhook_subscription import CreatedWebhookSubscription
from .models.deleted_label import DeletedLabel
from .models.health_envelope_data import HealthEnvelopeData
from .models.label import Label
from .models.label_attachment import LabelAttachment
from .models.label_list import LabelList
from .models.me import Me
from .models.message import Message
from .models.message_created_event import MessageCreatedEvent
from .models.message_list import MessageList
from .models.message_received_event import MessageReceivedEvent
from .models.message_status_event import MessageStatusEvent
from .models.template import Template
from .models.template_list import TemplateList
from .models.webhook_delivery import WebhookDelivery
from .models.webhook_delivery_list import WebhookDeliveryList
from .models.webhook_subscription import WebhookSubscription
from .models.webhook_subscription_list import WebhookSubscriptionList

LIST_ACCOUNTS = Operation(
    "get",
    "/accounts",
    name="listAccounts",
    params=(Param("status", "query", String(enum=("connected", "all")), "status"),),
    responses={200: AccountList.from_dict},
    response_rules={200: ACCOUNT_LIST},
)
"""``GET /accounts``: List connected WhatsApp accounts (``client.accounts.list``)."""

ATTACH_LABEL = Operation(
    "post",
    "/contacts/{id}/labels",
    name="attachLabel",
    params=(
        Param("id", "path", CONTACT_ID, "contact_id"),
        Param("Idempotency-Key", "header", String(min_length=1, max_length=255), "idempotency_key"),
    ),
    body=ATTACH_LABEL_REQUEST,
    responses={200: data_of(LabelAttachment.from_dict)},
    response_rules={200: LABEL_ATTACHMENT_ENVELOPE},
)
"""``POST /contacts/{id}/labels``: Attach a label to a contact (``client.contacts.attach_label``)."""

DETACH_LABEL = Operation(
    "delete",
    "/contacts/{id}/labels/{label_id}",
    name="detachLabel",
    params=(
        Param("id", "path", CONTACT_ID, "contact_id"),
        Param("label_id", "path", LABEL_ID, "label_id"),
    ),
    responses={200: data_of(LabelAttachment.from_dict)},
    response_rules={200: LABEL_ATTACHMENT_ENVELOPE},
)
"""``DELETE /contacts/{id}/labels/{label_id}``: Detach a label from a contact (``client.contacts.detach_label``)."""

BULK_LABEL = Operation(
    "post",
    "/contacts/bulk_label",
    name="bulkLabel",
    params=(
        Param("Idempotency-Key", "header", String(min_length=1, max_length=255), "idempotency_key"),
    ),
    body=BULK_LABEL_REQUEST,
    responses={200: data_of(BulkLabelResult.from_dict)},
    response_rules={200: BULK_LABEL_RESULT_ENVELOPE},
)
"""``POST /contacts/bulk_label``: Attach or detach one label on many contacts (``client.contacts.bulk_label``)."""

LIST_CONTACTS = Operation(
    "get",
    "/contacts",
    name="listContacts",
    params=(
        Param("phone", "query", PHONE_NUMBER, "phone"),
        Param("search", "query", String(min_length=1, max_length=200), "search"),
        Param("limit", "query", Integer(minimum=1, maximum=100), "limit"),
        Param("cursor", "query", PAGE_CURSOR, "cursor"),
    ),
    responses={200: ContactList.from_dict},
    response_rules={200: CONTACT_LIST},
    cursor="cursor",
)
"""``GET /contacts``: List contacts (``client.contacts.list``)."""

CREATE_CONTACT = Operation(
    "post",
    "/contacts",
    name="createContact",
    params=(
        Param("Idempotency-Key", "header", String(min_length=1, max_length=255), "idempotency_key"),
    ),
    body=CREATE_CONTACT_REQUEST,
    responses={201: data_of(Contact.from_dict)},
    response_rules={201: CONTACT_ENVELOPE},
)
"""``POST /contacts``: Create a contact (``client.contacts.create``)."""

GET_CONTACT = Operation(
    "get",
    "/contacts/{id}",
    name="getContact",
    params=(Param("id", "path", CONTACT_ID, "contact_id"),),
    responses={200: data_of(Contact.from_dict)},
    response_rules={200: CONTACT_ENVELOPE},
)
"""``GET /contacts/{id}``: Fetch a contact (``client.contacts.get``)."""

UPDATE_CONTACT = Operation(
    "patch",
    "/contacts/{id}",
    name="updateContact",
    params=(Param("id", "path", CONTACT_ID, "contact_id"),),
    body=UPDATE_CONTACT_REQUEST,
    responses={200: data_of(Contact.from_dict)},
    response_rules={200: CONTACT_ENVELOPE},
)
"""``PATCH /contacts/{id}``: Update a contact (``client.contacts.update``)."""

LIST_CONVERSATIONS = Operation(
    "get",
    "/conversations",
    name="listConversations",
    params=(
        Param("status", "query", CONVERSATION_STATUS, "status"),
        Param("contact_id", "query", CONTACT_ID, "contact_id"),
        Param("assignee_id", "query", USER_ID, "assignee_id"),
        Param("limit", "query", Integer(minimum=1, maximum=100), "limit"),
        Param("cursor", "query", PAGE_CURSOR, "cursor"),
    ),
    responses={200: ConversationList.from_dict},
    response_rules={200: CONVERSATION_LIST},
    cursor="cursor",
)
"""``GET /conversations``: List conversations (``client.conversations.list``)."""

GET_CONVERSATION = Operation(
    "get",
    "/conversations/{id}",
    name="getConversation",
    params=(Param("id", "path", CONVERSATION_ID, "conversation_id"),),
    responses={200: data_of(Conversation.from_dict)},
    response_rules={200: CONVERSATION_ENVELOPE},
)
"""``GET /conversations/{id}``: Fetch a conversation (``client.conversations.get``)."""

UPDATE_CONVERSATION = Operation(
    "patch",
    "/conversations/{id}",
    name="updateConversation",
    params=(Param("id", "path", CONVERSATION_ID, "conversation_id"),),
    body=UPDATE_CONVERSATION_REQUEST,
    responses={200: data_of(Conversation.from_dict)},
    response_rules={200: CONVERSATION_ENVELOPE},
)
"""``PATCH /conversations/{id}``: Assign or change the status of a conversation (``client.conversations.update``)."""

LIST_LABELS = Operation(
    "get",
    "/labels",
    name="listLabels",
    params=(
        Param("limit", "query", Integer(minimum=1, maximum=100), "limit"),
        Param("cursor", "query", PAGE_CURSOR, "cursor"),
    ),
    responses={200: LabelList.from_dict},
    response_rules={200: LABEL_LIST},
    cursor="cursor",
)
"""``GET /labels``: List labels (``client.labels.list``)."""

CREATE_LABEL = Operation(
    "post",
    "/labels",
    name="createLabel",
    params=(
        Param("Idempotency-Key", "header", String(min_length=1, max_length=255), "idempotency_key"),
    ),
    body=CREATE_LABEL_REQUEST,
    responses={201: data_of(Label.from_dict)},
    response_rules={201: LABEL_ENVELOPE},
)
"""``POST /labels``: Create a label (``client.labels.create``)."""

GET_LABEL = Operation(
    "get",
    "/labels/{id}",
    name="getLabel",
    params=(Param("id", "path", LABEL_ID, "label_id"),),
    responses={200: data_of(Label.from_dict)},
    response_rules={200: LABEL_ENVELOPE},
)
"""``GET /labels/{id}``: Fetch a label (``client.labels.get``)."""

DELETE_LABEL = Operation(
    "delete",
    "/labels/{id}",
    name="deleteLabel",
    params=(Param("id", "path", LABEL_ID, "label_id"),),
    responses={200: data_of(DeletedLabel.from_dict)},
    response_rules={200: DELETED_LABEL_ENVELOPE},
)
"""``DELETE /labels/{id}``: Delete a label (``client.labels.delete``)."""

UPDATE_LABEL = Operation(
    "patch",
    "/labels/{id}",
    name="updateLabel",
    params=(Param("id", "path", LABEL_ID, "label_id"),),
    body=UPDATE_LABEL_REQUEST,
    responses={200: data_of(Label.from_dict)},
    response_rules={200: LABEL_ENVELOPE},
)
"""``PATCH /labels/{id}``: Update a label (``client.labels.update``)."""

LIST_MESSAGES = Operation(
    "get",
    "/messages",
    name="listMessages",
    params=(
        Param("conversation_id", "query", CONVERSATION_ID, "conversation_id"),
        Param("contact_id", "query", CONTACT_ID, "contact_id"),
        Param("direction", "query", MESSAGE_DIRECTION, "direction"),
        Param("limit", "query", Integer(minimum=1, maximum=100), "limit"),
        Param("cursor", "query", PAGE_CURSOR, "cursor"),
    ),
    responses={200: MessageList.from_dict},
    response_rules={200: MESSAGE_LIST},
    cursor="cursor",
)
"""``GET /messages``: List messages (``client.messages.list``)."""

SEND_MESSAGE = Operation(
    "post",
    "/messages",
    name="sendMessage",
    params=(
        Param("Idempotency-Key", "header", String(min_length=1, max_length=255), "idempotency_key"),
    ),
    body=SEND_MESSAGE_REQUEST,
    responses={202: data_of(Message.from_dict)},
    response_rules={202: MESSAGE_ENVELOPE},
)
"""``POST /messages``: Send a WhatsApp message (``client.messages.send``)."""

GET_MESSAGE = Operation(
    "get",
    "/messages/{id}",
    name="getMessage",
    params=(Param("id", "path", MESSAGE_ID, "message_id"),),
    responses={200: data_of(Message.from_dict)},
    response_rules={200: MESSAGE_ENVELOPE},
)
"""``GET /messages/{id}``: Fetch a message (``client.messages.get``)."""

GET_ME = Operation(
    "get",
    "/me",
    name="getMe",
    params=(),
    responses={200: data_of(Me.from_dict)},
    response_rules={200: ME_ENVELOPE},
)
"""``GET /me``: Introspect the calling API key (``client.meta.get_me``)."""

GET_HEALTH = Operation(
    "get",
    "/health",
    name="getHealth",
    params=(),
    responses={200: data_of(HealthEnvelopeData.from_dict)},
    response_rules={200: HEALTH_ENVELOPE},
)
"""``GET /health``: Liveness probe (``client.meta.get_health``)."""

LIST_TEMPLATES = Operation(
    "get",
    "/templates",
    name="listTemplates",
    params=(
        Param("limit", "query", Integer(minimum=1, maximum=100), "limit"),
        Param("cursor", "query", PAGE_CURSOR, "cursor"),
    ),
    responses={200: TemplateList.from_dict},
    response_rules={200: TEMPLATE_LIST},
    cursor="cursor",
)
"""``GET /templates``: List message templates (``client.templates.list``)."""

GET_TEMPLATE = Operation(
    "get",
    "/templates/{id}",
    name="getTemplate",
    params=(Param("id", "path", TEMPLATE_ID, "template_id"),),
    responses={200: data_of(Template.from_dict)},
    response_rules={200: TEMPLATE_ENVELOPE},
)
"""``GET /templates/{id}``: Fetch a message template (``client.templates.get``)."""

LIST_WEBHOOK_DELIVERIES = Operation(
    "get",
    "/webhook_deliveries",
    name="listWebhookDeliveries",
    params=(
        Param("subscription_id", "query", WEBHOOK_SUBSCRIPTION_ID, "subscription_id"),
        Param("status", "query", WEBHOOK_DELIVERY_STATUS, "status"),
        Param("event_type", "query", WEBHOOK_EVENT_TYPE, "event_type"),
        Param("limit", "query", Integer(minimum=1, maximum=100), "limit"),
        Param("cursor", "query", PAGE_CURSOR, "cursor"),
    ),
    responses={200: WebhookDeliveryList.from_dict},
    response_rules={200: WEBHOOK_DELIVERY_LIST},
    cursor="cursor",
)
"""``GET /webhook_deliveries``: List webhook deliveries (``client.webhook_deliveries.list``)."""

GET_WEBHOOK_DELIVERY = Operation(
    "get",
    "/webhook_deliveries/{id}",
    name="getWebhookDelivery",
    params=(Param("id", "path", WEBHOOK_DELIVERY_ID, "webhook_delivery_id"),),
    responses={200: data_of(WebhookDelivery.from_dict)},
    response_rules={200: WEBHOOK_DELIVERY_ENVELOPE},
)
"""``GET /webhook_deliveries/{id}``: Fetch a webhook delivery (``client.webhook_deliveries.get``)."""

REPLAY_WEBHOOK_DELIVERY = Operation(
    "post",
    "/webhook_deliveries/{id}/replay",
    name="replayWebhookDelivery",
    params=(
        Param("id", "path", WEBHOOK_DELIVERY_ID, "webhook_delivery_id"),
        Param("Idempotency-Key", "header", String(min_length=1, max_length=255), "idempotency_key"),
    ),
    responses={202: data_of(WebhookDelivery.from_dict)},
    response_rules={202: WEBHOOK_DELIVERY_ENVELOPE},
)
"""``POST /webhook_deliveries/{id}/replay``: Replay a webhook delivery (``client.webhook_deliveries.replay``)."""

LIST_WEBHOOK_SUBSCRIPTIONS = Operation(
    "get",
    "/webhook_subscriptions",
    name="listWebhookSubscriptions",
    params=(
        Param("limit", "query", Integer(minimum=1, maximum=100), "limit"),
        Param("cursor", "query", PAGE_CURSOR, "cursor"),
    ),
    responses={200: WebhookSubscriptionList.from_dict},
    response_rules={200: WEBHOOK_SUBSCRIPTION_LIST},
    cursor="cursor",
)
"""``GET /webhook_subscriptions``: List webhook subscriptions (``client.webhook_subscriptions.list``)."""

CREATE_WEBHOOK_SUBSCRIPTION = Operation(
    "post",
    "/webhook_subscriptions",
    name="createWebhookSubscription",
    params=(
        Param("Idempotency-Key", "header", String(min_length=1, max_length=255), "idempotency_key"),
    ),
    body=CREATE_WEBHOOK_SUBSCRIPTION_REQUEST,
    responses={201: data_of(CreatedWebhookSubscription.from_dict)},
    response_rules={201: CREATED_WEBHOOK_SUBSCRIPTION_ENVELOPE},
)
"""``POST /webhook_subscriptions``: Create a webhook subscription (``client.webhook_subscriptions.create``)."""

GET_WEBHOOK_SUBSCRIPTION = Operation(
    "get",
    "/webhook_subscriptions/{id}",
    name="getWebhookSubscription",
    params=(Param("id", "path", WEBHOOK_SUBSCRIPTION_ID, "webhook_subscription_id"),),
    responses={200: data_of(WebhookSubscription.from_dict)},
    response_rules={200: WEBHOOK_SUBSCRIPTION_ENVELOPE},
)
"""``GET /webhook_subscriptions/{id}``: Fetch a webhook subscription (``client.webhook_subscriptions.get``)."""

DELETE_WEBHOOK_SUBSCRIPTION = Operation(
    "delete",
    "/webhook_subscriptions/{id}",
    name="deleteWebhookSubscription",
    params=(Param("id", "path", WEBHOOK_SUBSCRIPTION_ID, "webhook_subscription_id"),),
    responses={204: None},
    response_rules={},
)
"""``DELETE /webhook_subscriptions/{id}``: Delete a webhook subscription (``client.webhook_subscriptions.delete``)."""

UPDATE_WEBHOOK_SUBSCRIPTION = Operation(
    "patch",
    "/webhook_subscriptions/{id}",
    name="updateWebhookSubscription",
    params=(Param("id", "path", WEBHOOK_SUBSCRIPTION_ID, "webhook_subscription_id"),),
    body=UPDATE_WEBHOOK_SUBSCRIPTION_REQUEST,
    responses={200: data_of(WebhookSubscription.from_dict)},
    response_rules={200: WEBHOOK_SUBSCRIPTION_ENVELOPE},
)
"""``PATCH /webhook_subscriptions/{id}``: Update a webhook subscription (``client.webhook_subscriptions.update``)."""

ROTATE_WEBHOOK_SECRET = Operation(
    "post",
    "/webhook_subscriptions/{id}/secrets",
    name="rotateWebhookSecret",
    params=(
        Param("id", "path", WEBHOOK_SUBSCRIPTION_ID, "webhook_subscription_id"),
        Param("Idempotency-Key", "header", String(min_length=1, max_length=255), "idempotency_key"),
    ),
    body=ROTATE_WEBHOOK_SECRET_REQUEST,
    responses={201: data_of(CreatedWebhookSecret.from_dict)},
    response_rules={201: CREATED_WEBHOOK_SECRET_ENVELOPE},
)
"""``POST /webhook_subscriptions/{id}/secrets``: Add a new signing secret (rotation) (``client.webhook_subscriptions.rotate_webhook_secret``)."""

WebhookEvent: TypeAlias = (
    ContactCreatedEvent
    | ContactUpdatedEvent
    | ConversationAssignedEvent
    | ConversationClosedEvent
    | MessageCreatedEvent
    | MessageReceivedEvent
    | MessageStatusEvent
)
"""Any event of the API description's ``webhooks:`` section; match on its class."""

EVENTS: Mapping[str, tuple[Rule, Callable[[Mapping[str, Any]], WebhookEvent]]] = {
    "contact.created": (CONTACT_CREATED_EVENT, ContactCreatedEvent.from_dict),
    "contact.updated": (CONTACT_UPDATED_EVENT, ContactUpdatedEvent.from_dict),
    "conversation.assigned": (CONVERSATION_ASSIGNED_EVENT, ConversationAssignedEvent.from_dict),
    "conversation.closed": (CONVERSATION_CLOSED_EVENT, ConversationClosedEvent.from_dict),
    "message.created": (MESSAGE_CREATED_EVENT, MessageCreatedEvent.from_dict),
    "message.received": (MESSAGE_RECEIVED_EVENT, MessageReceivedEvent.from_dict),
    "message.status": (MESSAGE_STATUS_EVENT, MessageStatusEvent.from_dict),
}
"""Each event type: the rule its body follows and the model it becomes."""
