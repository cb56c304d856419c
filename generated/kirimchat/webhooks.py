# Copied from runtime/kirimchat/webhooks.py by `make generate`: edit that file, not this one.
"""Verify the webhooks the API sends and turn them into typed events.

A webhook receiver often has no API key, so none is needed here::

    import kirimchat.webhooks

    event = kirimchat.webhooks.unwrap(raw_body, request_headers)  # KIRIM_WEBHOOK_SECRET

``client.webhooks`` offers the same two calls on a client, with the client's
``webhook_secret=`` (default ``KIRIM_WEBHOOK_SECRET``), and ``Webhooks(secret=...)`` is a
verifier of its own. A receiver catches ``WebhookVerificationError`` (the request is not to be
trusted: answer 400) and ``MissingWebhookSecretError`` (the receiver has no secret configured:
its own fault, answer 500 and fix the configuration).

The scheme, as the API documents it: ``X-Kirim-Signature: t=<unix seconds>,v1=<hex>[,v1=…]``,
each ``v1`` the hex HMAC-SHA256 of ``"{t}.{raw body}"`` keyed by one active signing secret.
The key is the secret exactly as the API returned it (``whsec_…``), UTF-8 encoded; the docs
say no more, so this is our reading. During a rotation several secrets are active: the header
then carries one ``v1`` per secret, and a receiver may hold several secrets too. One match of
any secret with any ``v1`` is enough.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from .errors import KirimChatError

if TYPE_CHECKING:
    from ._api import WebhookEvent

__all__ = [
    "DEFAULT_TOLERANCE",
    "SECRET_ENV",
    "SIGNATURE_HEADER",
    "MissingWebhookSecretError",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "Webhooks",
    "unwrap",
    "verify_signature",
]

SIGNATURE_HEADER = "X-Kirim-Signature"
EVENT_HEADER = "X-Kirim-Event"
SECRET_ENV = "KIRIM_WEBHOOK_SECRET"
MAX_TIMESTAMP_DIGITS = 12
DEFAULT_TOLERANCE = 300
"""Seconds a signature's timestamp may be away from this machine's clock, either way."""


class WebhookVerificationError(KirimChatError):
    """A webhook that cannot be trusted: its signature, timestamp or body is not right.

    The message says which; answer such a request with a 400 and do not process it.
    """


class MissingWebhookSecretError(KirimChatError):
    """No signing secret to verify a webhook with: neither ``secret=``, nor the client's
    ``webhook_secret=``, nor the ``KIRIM_WEBHOOK_SECRET`` environment variable.

    The receiver's configuration is wrong, not the request: answer 500 (the API delivers it
    again later) and set the secret. The message says how.
    """


class WebhookPayloadError(KirimChatError, ValueError):
    """An authentic webhook (its signature verified) whose body does not fit its event's
    schema, raised only in strict mode (``strict=True``, or a client's
    ``strict_response_validation``); the message names the field.

    Leniently (the default) such an event is returned with what does not fit kept as sent: a
    receiver must not refuse a genuine event because the API added or dropped a field.
    """


@dataclass(frozen=True)
class UnknownWebhookEvent:
    """A verified event of a type this version of the SDK does not know (yet).

    ``type`` is the body's ``type``, else the ``X-Kirim-Event`` header (``""`` when neither
    says); ``body`` is the decoded JSON, as sent. ``id`` and ``created_at`` are the body's, as
    on the typed events (None when it has none).
    """

    type: str
    body: Any

    @property
    def id(self) -> str | None:
        value = self.body.get("id") if isinstance(self.body, dict) else None
        return value if isinstance(value, str) else None

    @property
    def created_at(self) -> str | None:
        """As sent (RFC 3339 text): the SDK does not know this event's schema."""
        value = self.body.get("created_at") if isinstance(self.body, dict) else None
        return value if isinstance(value, str) else None


class HeaderSource(Protocol):
    """Any headers object: a dict, ``httpx.Headers``, Starlette's, ``http.server``'s..."""

    def items(self) -> Iterable[tuple[str, str]]: ...


Secrets = str | Sequence[str] | None


def verify_signature(
    payload: bytes | str,
    headers: HeaderSource,
    *,
    secret: Secrets = None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> None:
    """Check that ``payload`` was signed by the API, recently; raise if not.

    Args:
        payload: the request body exactly as received (bytes, or the text it decodes to),
            never JSON that was parsed and encoded again.
        headers: the request's headers (any mapping, case-insensitive).
        secret: the subscription's signing secret (``whsec_…``), or several during a
            rotation; default: ``KIRIM_WEBHOOK_SECRET`` (several separated by commas).
        tolerance: how many seconds the signature's timestamp may be off, either way.

    Raises:
        WebhookVerificationError: no or a malformed signature header, a timestamp outside
            the tolerance, or no signature that matches (a changed or re-encoded body, or
            the wrong secret); the message says which.
        MissingWebhookSecretError: no secret given, and none in ``KIRIM_WEBHOOK_SECRET``.
        KirimChatError: arguments of the wrong type.
    """
    body = _raw_body(payload)
    secrets = _secrets(secret)
    tolerance = _tolerance(tolerance)
    header = _header(headers, SIGNATURE_HEADER)
    if header is None:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing")
    timestamp, signatures = _parse_signature_header(header)
    age = time.time() - timestamp
    if age > tolerance:
        raise WebhookVerificationError(
            f"the signature's timestamp is {int(age)} s old, more than the tolerance of "
            f"{tolerance:g} s (a replayed or long-delayed request)"
        )
    if -age > tolerance:
        raise WebhookVerificationError(
            f"the signature's timestamp is {int(-age)} s in the future, more than the "
            f"tolerance of {tolerance:g} s (check this machine's clock)"
        )
    if _matches(timestamp, body, secrets, signatures):
        return
    if _reencoded(timestamp, body, secrets, signatures):
        raise WebhookVerificationError(
            "no signature matches this body, but one matches the same JSON encoded another "
            "way: pass the raw request body as received, not JSON that was parsed and "
            "encoded again"
        )
    raise WebhookVerificationError(
        f"none of the {len(signatures)} signature(s) matches with the "
        f"{len(secrets)} secret(s) given: the body was changed or the secret is wrong"
    )


def unwrap(
    payload: bytes | str,
    headers: HeaderSource,
    *,
    secret: Secrets = None,
    tolerance: float = DEFAULT_TOLERANCE,
    strict: bool = False,
) -> WebhookEvent | UnknownWebhookEvent:
    """Verify a webhook (as ``verify_signature`` does) and return its event.

    The event's type is the body's ``type`` (the Kirim envelope), else the ``X-Kirim-Event``
    header (the events passed through from Meta as Meta sent them). A type of the API
    description comes back as its model (``match``/``isinstance`` on it); any other type as an
    ``UnknownWebhookEvent``, never as an error, so that a new event type does not break a
    receiver.

    Only what is not authentic is refused. A verified body that does not fit its event's
    schema (the API added a field, dropped one, changed a type) is read leniently, what does
    not fit kept as sent, unless ``strict``.

    Raises:
        WebhookVerificationError: the signature is missing, bad or stale, or the verified body
            is not JSON: the request is not from Kirim (answer 400, do not act on it).
        WebhookPayloadError: ``strict``, and the verified body does not fit its event's schema.
        MissingWebhookSecretError: no secret given, and none in ``KIRIM_WEBHOOK_SECRET``.
        KirimChatError: arguments of the wrong type.
    """
    verify_signature(payload, headers, secret=secret, tolerance=tolerance)
    try:
        body = json.loads(_raw_body(payload))
    except ValueError as error:
        raise WebhookVerificationError(f"the body is not JSON: {error}") from None
    declared = body.get("type") if isinstance(body, dict) else None
    event_type = declared if isinstance(declared, str) else _header(headers, EVENT_HEADER) or ""
    # Imported on first use: the events' models are most of the package, and a receiver
    # that only verifies signatures (or a client that sends) never needs them.
    from ._api import EVENTS
    from ._validation import check_response

    known = EVENTS.get(event_type)
    if known is None:
        return UnknownWebhookEvent(event_type, body)
    rule, parse = known
    if strict:
        problem = check_response(rule, body)
        if problem is not None:
            raise WebhookPayloadError(f"the body is not a valid {event_type} event: {problem}")
    from ._models import reading_leniently

    with reading_leniently():
        return parse(body)


class Webhooks:
    """``verify_signature`` and ``unwrap`` with a default secret: ``client.webhooks``.

    ``Webhooks(secret="whsec_…")`` works on its own, without an API key. ``strict`` is the
    default of ``unwrap``'s (a client gives its ``strict_response_validation``).
    """

    def __init__(self, *, secret: Secrets = None, strict: bool = False) -> None:
        self._secret = secret
        self._strict = strict

    def verify_signature(
        self,
        payload: bytes | str,
        headers: HeaderSource,
        *,
        secret: Secrets = None,
        tolerance: float = DEFAULT_TOLERANCE,
    ) -> None:
        """See ``kirimchat.webhooks.verify_signature``."""
        chosen = self._secret if secret is None else secret
        verify_signature(payload, headers, secret=chosen, tolerance=tolerance)

    def unwrap(
        self,
        payload: bytes | str,
        headers: HeaderSource,
        *,
        secret: Secrets = None,
        tolerance: float = DEFAULT_TOLERANCE,
        strict: bool | None = None,
    ) -> WebhookEvent | UnknownWebhookEvent:
        """See ``kirimchat.webhooks.unwrap``."""
        chosen = self._secret if secret is None else secret
        strict = self._strict if strict is None else strict
        return unwrap(payload, headers, secret=chosen, tolerance=tolerance, strict=strict)


def _raw_body(payload: Any) -> bytes:
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, dict | list):
        raise WebhookVerificationError(
            "the payload is parsed JSON; pass the raw request body (bytes or str) as received: "
            "the signature covers its exact bytes"
        )
    raise KirimChatError(f"payload must be bytes or str, not {type(payload).__name__}")


def _secrets(secret: Any) -> list[str]:
    if secret is None:
        from_env = os.environ.get(SECRET_ENV, "")
        secrets = [s.strip() for s in from_env.split(",") if s.strip()]
        if not secrets:
            raise MissingWebhookSecretError(
                "No webhook secret to verify the signature with: set the"
                f" {SECRET_ENV} environment variable (several secrets separated by commas), or"
                " pass webhook_secret= to KirimChat/AsyncKirimChat, or secret= to unwrap or"
                " Webhooks; the secret is the subscription's whsec_…, shown when it is created"
                " or rotated"
            )
        return secrets
    candidates = [secret] if isinstance(secret, str) else secret
    if not isinstance(candidates, Sequence) or not candidates:
        raise KirimChatError("secret must be a non-empty string or a non-empty list of strings")
    for candidate in candidates:
        if not isinstance(candidate, str) or not candidate:
            raise KirimChatError(f"each secret must be a non-empty string, not {candidate!r}")
    return list(candidates)


def _tolerance(tolerance: Any) -> float:
    # nan compares false with everything: it would turn the age check off.
    if (
        isinstance(tolerance, bool)
        or not isinstance(tolerance, int | float)
        or not math.isfinite(tolerance)
        or tolerance < 0
    ):
        raise KirimChatError(
            f"tolerance must be a finite number of seconds >= 0, not {tolerance!r}"
        )
    return float(tolerance)


def _header(headers: Any, name: str) -> str | None:
    if not hasattr(headers, "items"):
        raise KirimChatError(f"headers must be a mapping, not {type(headers).__name__}")
    wanted = name.lower()
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == wanted:
            return str(value)
    return None


def _parse_signature_header(header: str) -> tuple[int, list[bytes]]:
    """``t`` and the ``v1`` signatures (decoded) of ``t=…,v1=…[,v1=…]``."""
    timestamp: int | None = None
    signatures: list[bytes] = []
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if not sep:
            raise WebhookVerificationError(
                f"the {SIGNATURE_HEADER} header is malformed: {part.strip()!r} is not key=value"
            )
        if key == "t":
            # At most 12 digits (year 33658): a longer one is not a time, and would overflow
            # the float arithmetic of the age check.
            if (
                timestamp is not None
                or not value.isascii()
                or not value.isdigit()
                or len(value) > MAX_TIMESTAMP_DIGITS
            ):
                raise WebhookVerificationError(
                    f"the {SIGNATURE_HEADER} header is malformed: t must be one unix time in "
                    f"seconds, got {value!r}"
                )
            timestamp = int(value)
        elif key == "v1":
            try:
                if not value.isascii() or not value.isalnum():
                    raise ValueError(value)  # bytes.fromhex would accept white space
                signatures.append(bytes.fromhex(value))
            except ValueError:
                raise WebhookVerificationError(
                    f"the {SIGNATURE_HEADER} header is malformed: v1={value!r} is not hex"
                ) from None
        # Other schemes (a future v2) are skipped, as the docs' own verifier does.
    if timestamp is None:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header has no t= timestamp")
    if not signatures:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header has no v1= signature")
    return timestamp, signatures


def _matches(timestamp: int, body: bytes, secrets: list[str], signatures: list[bytes]) -> bool:
    # Imported here: hashlib's OpenSSL binding is the costliest import of a client that sends.
    import hashlib
    import hmac

    signed = str(timestamp).encode("ascii") + b"." + body
    found = False
    for secret in secrets:
        expected = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).digest()
        for received in signatures:
            # Every pair is compared, in constant time, so timing says nothing of which matched.
            found |= hmac.compare_digest(expected, received)
    return found


def _reencoded(timestamp: int, body: bytes, secrets: list[str], signatures: list[bytes]) -> bool:
    """Whether the same JSON in another common encoding would have matched.

    Only to explain a failure: a framework that hands over parsed JSON, encoded again by
    ``json.dumps``, is the usual cause of a bad signature on a genuine webhook.
    """
    try:
        value = json.loads(body)
    except ValueError:
        return False
    encodings = {
        json.dumps(value, separators=(",", ":"), ensure_ascii=ensure_ascii).encode("utf-8")
        for ensure_ascii in (False, True)
    } | {json.dumps(value, ensure_ascii=False).encode("utf-8")}
    encodings.discard(body)
    return any(_matches(timestamp, other, secrets, signatures) for other in encodings)


def __getattr__(name: str) -> Any:
    # ``kirimchat.webhooks.WebhookEvent`` (the union of every event's model) is there when
    # asked for, without importing every model with this module.
    if name == "WebhookEvent":
        from ._api import WebhookEvent

        return WebhookEvent
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
