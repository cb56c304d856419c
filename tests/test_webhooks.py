"""Webhook verification (kirimchat.webhooks) against an independent signer of the scheme.

The signer below is written from the docs, not from the SDK: ``X-Kirim-Signature:
t=<unix>,v1=<hex>[,v1=…]``, each ``v1`` the hex HMAC-SHA256 of ``"{t}.{raw body}"`` keyed by
the secret's UTF-8 bytes. One test signs with ``openssl`` instead, another implementation.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import kirimchat
import kirimchat.webhooks
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kirimchat import KirimChat, UnknownWebhookEvent, Webhooks, WebhookVerificationError
from support import ROOT, run_script

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
OTHER = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD"
BODY = json.dumps(
    {"id": "evt_01", "type": "thing.created", "created_at": "2026-05-23T10:00:00Z"},
    separators=(",", ":"),
).encode()


def sign(body: bytes, *secrets: str, t: int | None = None) -> dict[str, str]:
    """Headers as the API sends them: one ``v1`` per active secret."""
    t = int(time.time()) if t is None else t
    signed = f"{t}.".encode() + body
    v1s = [hmac.new(s.encode(), signed, hashlib.sha256).hexdigest() for s in secrets]
    return {"X-Kirim-Signature": ",".join([f"t={t}", *(f"v1={v}" for v in v1s)])}


def refused(body: Any, headers: Any, **kwargs: Any) -> str:
    with pytest.raises(WebhookVerificationError) as caught:
        kirimchat.webhooks.verify_signature(body, headers, **kwargs)
    return str(caught.value)


def test_a_signature_of_the_documented_scheme_verifies() -> None:
    kirimchat.webhooks.verify_signature(BODY, sign(BODY, SECRET), secret=SECRET)
    kirimchat.webhooks.verify_signature(BODY.decode(), sign(BODY, SECRET), secret=SECRET)


def test_a_signature_made_by_openssl_verifies() -> None:
    t = int(time.time())
    digest = subprocess.run(
        ["openssl", "dgst", "-sha256", "-hmac", SECRET, "-r"],
        input=f"{t}.".encode() + BODY,
        capture_output=True,
        check=True,
    ).stdout.split()[0]
    headers = {"x-kirim-signature": f"t={t},v1={digest.decode()}"}  # any case of the name
    kirimchat.webhooks.verify_signature(BODY, headers, secret=SECRET)


def test_a_changed_byte_of_the_body_is_refused() -> None:
    headers = sign(BODY, SECRET)
    changed = BODY.replace(b"evt_01", b"evt_02")
    assert "changed or the secret is wrong" in refused(changed, headers, secret=SECRET)


def test_a_reencoded_body_is_refused_and_named() -> None:
    headers = sign(BODY, SECRET)
    reencoded = json.dumps(json.loads(BODY))  # json.dumps' default separators add spaces
    assert reencoded.encode() != BODY
    assert "encoded again" in refused(reencoded, headers, secret=SECRET)
    assert "parsed JSON" in refused(json.loads(BODY), headers, secret=SECRET)


def test_the_wrong_secret_is_refused() -> None:
    assert "secret is wrong" in refused(BODY, sign(BODY, SECRET), secret=OTHER)


@pytest.mark.parametrize(("offset", "word"), [(-301, "old"), (301, "future")])
def test_a_timestamp_outside_the_tolerance_is_refused(offset: int, word: str) -> None:
    headers = sign(BODY, SECRET, t=int(time.time()) + offset)
    assert word in refused(BODY, headers, secret=SECRET)
    # ...and a wider tolerance lets the same request through.
    kirimchat.webhooks.verify_signature(BODY, headers, secret=SECRET, tolerance=3600)


def test_a_missing_signature_header_is_refused() -> None:
    assert "missing" in refused(BODY, {"Content-Type": "application/json"}, secret=SECRET)


@pytest.mark.parametrize(
    ("header", "says"),
    [
        ("", "not key=value"),
        ("v1=00ff", "no t="),
        (f"t={int(time.time())}", "no v1="),
        ("t=soon,v1=00ff", "t must be"),
        ("t=1,t=2,v1=00ff", "t must be"),
        (f"t={int(time.time())},v1=zz", "not hex"),
        ("garbage", "not key=value"),
    ],
    ids=lambda value: value.replace(str(int(time.time())), "NOW"),  # the same in every worker
)
def test_a_malformed_signature_header_is_refused(header: str, says: str) -> None:
    message = refused(BODY, {"X-Kirim-Signature": header}, secret=SECRET)
    assert "malformed" in message or "has no" in message
    assert says in message


def test_several_signatures_one_of_them_valid_verify() -> None:
    headers = sign(BODY, OTHER, SECRET)  # the API signs with every active secret
    kirimchat.webhooks.verify_signature(BODY, headers, secret=SECRET)
    # Unknown schemes beside v1 are skipped, not refused.
    headers["X-Kirim-Signature"] += ",v2=whatever"
    kirimchat.webhooks.verify_signature(BODY, headers, secret=SECRET)


def test_a_rotation_with_two_secrets_accepts_either(monkeypatch: pytest.MonkeyPatch) -> None:
    for signer in (SECRET, OTHER):
        headers = sign(BODY, signer)
        kirimchat.webhooks.verify_signature(BODY, headers, secret=[SECRET, OTHER])
        monkeypatch.setenv("KIRIM_WEBHOOK_SECRET", f"{SECRET}, {OTHER}")
        kirimchat.webhooks.verify_signature(BODY, headers)
    assert "2 secret(s)" in refused(BODY, sign(BODY, "whsec_gone"), secret=[SECRET, OTHER])


def test_the_secret_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIRIM_WEBHOOK_SECRET", SECRET)
    kirimchat.webhooks.verify_signature(BODY, sign(BODY, SECRET))
    monkeypatch.delenv("KIRIM_WEBHOOK_SECRET")
    with pytest.raises(kirimchat.KirimChatError, match="KIRIM_WEBHOOK_SECRET"):
        kirimchat.webhooks.verify_signature(BODY, sign(BODY, SECRET))


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"secret": ""}, "non-empty"),
        ({"secret": []}, "non-empty"),
        ({"secret": [SECRET, 3]}, "non-empty string"),
        ({"secret": SECRET, "tolerance": -1}, "tolerance"),
        ({"secret": SECRET, "tolerance": "300"}, "tolerance"),
    ],
)
def test_bad_arguments_are_a_typed_error(kwargs: dict[str, Any], says: str) -> None:
    with pytest.raises(kirimchat.KirimChatError, match=says):
        kirimchat.webhooks.verify_signature(BODY, sign(BODY, SECRET), **kwargs)
    with pytest.raises(kirimchat.KirimChatError, match="payload must be"):
        kirimchat.webhooks.verify_signature(42, sign(BODY, SECRET), secret=SECRET)  # type: ignore[arg-type]
    with pytest.raises(kirimchat.KirimChatError, match="headers must be"):
        kirimchat.webhooks.verify_signature(BODY, "t=1", secret=SECRET)  # type: ignore[arg-type]


def test_the_client_and_a_keyless_verifier_offer_the_same_calls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    headers = sign(BODY, SECRET)
    Webhooks(secret=SECRET).verify_signature(BODY, headers)
    monkeypatch.setenv("KIRIM_WEBHOOK_SECRET", SECRET)
    with KirimChat(api_key="kdv_live_test") as client:
        client.webhooks.verify_signature(BODY, headers)
        event = client.webhooks.unwrap(BODY, headers)
    assert isinstance(event, UnknownWebhookEvent)  # no spec has a `thing.created` event
    assert event.type == "thing.created"
    assert event.body == json.loads(BODY)


def test_unwrap_refuses_what_verify_refuses() -> None:
    with pytest.raises(WebhookVerificationError):
        kirimchat.webhooks.unwrap(BODY + b" ", sign(BODY, SECRET), secret=SECRET)


# Typed events need a spec with a `webhooks:` section: the fixture spec's SDK is generated once
# and exercised in a subprocess, so that it does not clash with the installed kirimchat.
FIXTURE = ROOT / "tests" / "fixtures" / "webhooks_spec.yaml"


@pytest.fixture(scope="module")
def fixture_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("webhooks") / "generated"
    result = run_script("generation", "--spec", FIXTURE, "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def run_with(sdk: Path, code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env={"PYTHONPATH": str(sdk), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=sdk,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


UNWRAP = f"""
    import hashlib, hmac, json, time
    import kirimchat.webhooks as w
    from kirimchat.models import ThingCreatedEvent, ThingStatusEvent

    def unwrap(body, headers=None, **options):
        raw = json.dumps(body).encode()
        t = int(time.time())
        v1 = hmac.new({SECRET!r}.encode(), f"{{t}}.".encode() + raw, hashlib.sha256).hexdigest()
        headers = {{"X-Kirim-Signature": f"t={{t}},v1={{v1}}", **(headers or {{}})}}
        return w.unwrap(raw, headers, secret={SECRET!r}, **options)
"""


def test_unwrap_returns_the_model_of_the_event_type(fixture_sdk: Path) -> None:
    out = run_with(
        fixture_sdk,
        UNWRAP
        + """
    thing = {"id": "t1", "status": "sent"}
    event = unwrap({"id": "evt_1", "type": "thing.status", "created_at": "2026-05-23T10:00:00Z",
                    "data": {"thing": thing}})
    assert isinstance(event, ThingStatusEvent), event
    print(event.data.thing.status)
    event = unwrap({"id": "evt_2", "type": "thing.created", "created_at": "2026-05-23T10:00:00Z",
                    "data": {"thing": thing}})
    assert isinstance(event, ThingCreatedEvent), event
    print(event.id)
    """,
    )
    assert out.split() == ["sent", "evt_2"]


def test_unwrap_returns_an_unknown_or_untyped_event_as_is(fixture_sdk: Path) -> None:
    out = run_with(
        fixture_sdk,
        UNWRAP
        + """
    from kirimchat import UnknownWebhookEvent
    new = unwrap({"id": "evt_3", "type": "thing.invented_later", "data": {}})
    inline = unwrap({"type": "thing.inline"})
    # A body without `type` (passed through from Meta) takes the X-Kirim-Event header's.
    meta = unwrap({"object": "whatsapp_business_account", "entry": []},
                  {"x-kirim-event": "message.received"})
    for event in (new, inline, meta):
        assert isinstance(event, UnknownWebhookEvent), event
        print(event.type)
    print(meta.body["object"])
    """,
    )
    assert out.split() == [
        "thing.invented_later",
        "thing.inline",
        "message.received",
        "whatsapp_business_account",
    ]


def test_an_authentic_event_of_a_newer_api_is_read_leniently_not_refused(
    fixture_sdk: Path,
) -> None:
    out = run_with(
        fixture_sdk,
        UNWRAP
        + """
    # The next API version: `data` dropped, `region` added. The signature is valid.
    event = unwrap({"id": "evt_4", "type": "thing.status", "created_at": "2026-05-23T10:00:00Z",
                    "region": "eu"})
    assert isinstance(event, ThingStatusEvent), event
    print(event.type, event.id, event.created_at.year, event.data, event.region)
    """,
    )
    assert out.split() == ["thing.status", "evt_4", "2026", "None", "eu"]


def test_strict_unwrap_names_the_field_with_its_own_error_not_a_verification_one(
    fixture_sdk: Path,
) -> None:
    out = run_with(
        fixture_sdk,
        UNWRAP
        + """
    from kirimchat import KirimChat, WebhookPayloadError, WebhookVerificationError
    body = {"id": "evt_4", "type": "thing.status", "created_at": "2026-05-23T10:00:00Z"}
    for strictly in (lambda: unwrap(body, strict=True),
                     lambda: KirimChat(api_key="k", strict_response_validation=True,
                                       webhook_secret=SECRET).webhooks.unwrap(*signed(body))):
        try:
            strictly()
        except WebhookVerificationError:
            print("refused as not authentic")
        except WebhookPayloadError as error:
            print(error)
    """.replace("SECRET", repr(SECRET)).replace(
            "    from kirimchat import KirimChat",
            "    def signed(body):\n"
            "        raw = json.dumps(body).encode()\n"
            "        t = int(time.time())\n"
            f"        v1 = hmac.new({SECRET!r}.encode(), f'{{t}}.'.encode() + raw,"
            " hashlib.sha256).hexdigest()\n"
            "        return raw, {'X-Kirim-Signature': f't={t},v1={v1}'}\n"
            "    from kirimchat import KirimChat",
        ),
    )
    lines = out.splitlines()
    assert len(lines) == 2 and all("not a valid thing.status event" in line for line in lines)
    assert all("data" in line for line in lines)


@pytest.mark.parametrize(
    "header",
    [
        "t=" + "9" * 400 + ",v1=00",  # once an OverflowError in the age check
        "t=" + "9" * 5000 + ",v1=00",  # once a ValueError (int's digit limit)
        "t=\uff11\uff12\uff13,v1=00",  # full-width digits
        "t=1,t=2,v1=00",
        "t=,v1=00",
        ",,,",
        "t=1,v1=0 0",  # bytes.fromhex takes white space
        "\x00",
    ],
)
def test_a_hostile_signature_header_is_refused_as_unverified(header: str) -> None:
    refused(BODY, {"X-Kirim-Signature": header}, secret=SECRET)


@given(header=st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_signature_header_is_verified_or_refused_never_anything_else(header: str) -> None:
    with contextlib.suppress(WebhookVerificationError):  # anything else fails the test
        kirimchat.webhooks.verify_signature(BODY, {"X-Kirim-Signature": header}, secret=SECRET)


@given(t=st.text(alphabet="0123456789", min_size=1, max_size=6000))
@settings(max_examples=100, deadline=None)
def test_any_timestamp_digits_are_verified_or_refused(t: str) -> None:
    with pytest.raises(WebhookVerificationError):
        kirimchat.webhooks.verify_signature(
            BODY, {"X-Kirim-Signature": f"t={t},v1=00"}, secret=SECRET
        )


@pytest.mark.parametrize("tolerance", [float("nan"), float("inf"), -1, "300", True])
def test_a_tolerance_that_is_not_a_finite_non_negative_number_is_refused(tolerance: Any) -> None:
    old = sign(BODY, SECRET, t=1)  # 1970: no tolerance may let it through by accident
    with pytest.raises(kirimchat.KirimChatError, match="tolerance") as caught:
        kirimchat.webhooks.verify_signature(BODY, old, secret=SECRET, tolerance=tolerance)
    assert not isinstance(caught.value, WebhookVerificationError)


def test_every_event_typed_or_unknown_has_type_id_and_created_at() -> None:
    unknown = kirimchat.webhooks.unwrap(BODY, sign(BODY, SECRET), secret=SECRET)
    assert isinstance(unknown, UnknownWebhookEvent)
    assert (unknown.type, unknown.id, unknown.created_at) == (
        "thing.created",
        "evt_01",
        "2026-05-23T10:00:00Z",
    )
    for event_type, (_, parse) in kirimchat._api.EVENTS.items():
        fields = {field.name for field in parse.__self__._declared()}  # type: ignore[attr-defined]
        assert {"type", "id", "created_at"} <= fields, event_type
