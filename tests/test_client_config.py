"""Construction, configuration, context managers, and keeping the API key secret."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import textwrap

import httpx
import kirimchat
import pytest
from client_harness import (
    BASE_URL,
    CONTACT,
    KEY,
    KINDS,
    LABEL,
    REQUEST_ID,
    Harness,
    api_error,
    attached,
)
from kirimchat import AsyncKirimChat, KirimChat

CLIENTS = [KirimChat, AsyncKirimChat]


@pytest.fixture(autouse=True)
def _no_kirim_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KIRIM_API_KEY", "KIRIM_BASE_URL", "KIRIM_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("client_class", CLIENTS)
def test_no_api_key_at_all_is_a_clear_error_at_construction(client_class: type) -> None:
    with pytest.raises(kirimchat.KirimChatError, match="KIRIM_API_KEY"):
        client_class()


@pytest.mark.parametrize("client_class", CLIENTS)
def test_key_and_base_url_fall_back_to_the_environment_then_the_spec(
    client_class: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", KEY)
    client = client_class()
    assert client.api_key == KEY
    assert client.base_url == "https://api-kckit.kirim.chat/v1"

    monkeypatch.setenv("KIRIM_BASE_URL", "http://127.0.0.1:9/v1/")
    assert client_class().base_url == "http://127.0.0.1:9/v1"
    assert (
        client_class(api_key="kdv_live_other", base_url="http://x/v1").api_key == "kdv_live_other"
    )


@pytest.mark.parametrize("client_class", CLIENTS)
def test_default_timeout_is_finite_and_retries_are_two(client_class: type) -> None:
    client = client_class(api_key=KEY)
    assert client.timeout.connect == 5.0
    assert client.timeout.read == 30.0
    assert None not in (client.timeout.write, client.timeout.pool)
    assert client.max_retries == 2


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"timeout": None}, "timeout"),
        ({"timeout": httpx.Timeout(None)}, "timeout"),
        ({"base_url": "ftp://x"}, "base_url"),
        ({"max_retries": 11}, "max_retries"),
    ],
)
def test_bad_configuration_is_refused(
    client_class: type, options: dict[str, object], param: str
) -> None:
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        client_class(api_key=KEY, **options)
    assert caught.value.param == param


def test_sync_client_closes_its_connections_but_not_a_callers_client() -> None:
    with KirimChat(api_key=KEY) as client:
        own = client._http
    assert own.is_closed

    mine = httpx.Client()
    with KirimChat(api_key=KEY, http_client=mine):
        pass
    assert not mine.is_closed
    mine.close()


def test_async_client_closes_its_connections() -> None:
    async def scenario() -> httpx.AsyncClient:
        async with AsyncKirimChat(api_key=KEY) as client:
            return client._http

    assert asyncio.run(scenario()).is_closed


def test_with_options_copies_defaults_and_shares_the_pool() -> None:
    client = KirimChat(api_key=KEY, base_url=BASE_URL)
    copy = client.with_options(timeout=3.0, max_retries=0)
    assert copy.timeout.read == 3.0 and copy.max_retries == 0
    assert (client.timeout.read, client.max_retries) == (30.0, 2)
    assert copy._http is client._http
    copy.close()
    assert not client._http.is_closed


@pytest.mark.parametrize("kind", KINDS)
def test_request_headers_user_agent_and_extra_headers(kind: str) -> None:
    harness = Harness(kind, [attached()], default_headers={"X-Team": "growth"})
    harness.attach(extra_headers={"X-Trace": "abc"})
    headers = harness.requests[0].headers
    assert headers["User-Agent"] == f"kirimchat-python/{kirimchat.__version__}"
    assert headers["Authorization"] == f"Bearer {KEY}"
    assert headers["Accept"] == "application/json"
    assert headers["X-Team"] == "growth" and headers["X-Trace"] == "abc"


@pytest.mark.parametrize("kind", KINDS)
def test_redirects_are_not_followed(kind: str) -> None:
    redirect = httpx.Response(302, headers={"Location": "https://evil.example/steal"})
    harness = Harness(kind, [redirect], max_retries=0)
    with pytest.raises(kirimchat.APIStatusError) as caught:
        harness.attach()
    assert caught.value.status_code == 302
    assert len(harness.requests) == 1


@pytest.mark.parametrize("client_class", CLIENTS)
def test_the_key_is_not_in_repr(client_class: type) -> None:
    client = client_class(api_key=KEY)
    assert KEY not in repr(client)
    assert "redacted" in repr(client)


@pytest.mark.parametrize("kind", KINDS)
def test_the_key_is_not_in_exception_messages(kind: str) -> None:
    failures = [
        api_error(401, "authentication_error", "invalid_api_key"),
        httpx.ConnectError("refused"),
    ]
    for failure in failures:
        harness = Harness(kind, [failure], max_retries=0)
        with pytest.raises(kirimchat.APIError) as caught:
            harness.attach()
        assert KEY not in str(caught.value)
        assert KEY not in repr(caught.value)


@pytest.mark.parametrize("bad_key", ["kdv_live_abc\n", "kdv live", "kdv_live_\x00", "kdv_live_…"])
def test_a_malformed_key_is_refused_without_echoing_it(bad_key: str) -> None:
    with pytest.raises(kirimchat.KirimChatError) as caught:
        KirimChat(api_key=bad_key)
    assert bad_key.strip() not in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
def test_logs_say_method_url_status_request_id_retry_and_wait_but_never_the_key(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    harness = Harness(
        kind,
        [
            api_error(429, "rate_limit_error", "rate_limit_exceeded", headers={"Retry-After": "2"}),
            attached(),
        ],
    )
    with caplog.at_level(logging.DEBUG, logger="kirimchat"):
        harness.attach()
    text = caplog.text
    assert f"POST /v1/contacts/{CONTACT}/labels" in text  # the path as sent, with the id
    assert "-> 429 in " in text and "-> 200 in " in text
    assert "req_01HXZ0ABCDEFGHJKMNPQRSTVWX" in text
    assert "retrying" in text and "in 2.00 s" in text and "retry 1 of 2" in text
    assert "Bearer" not in text and KEY not in text
    assert "<redacted>" in text  # the debug line shows headers, with the credential hidden


@pytest.mark.parametrize(("level", "shows_debug"), [("debug", True), ("info", False)])
def test_kirim_log_environment_variable_switches_logging_on(level: str, shows_debug: bool) -> None:
    program = textwrap.dedent(
        f"""
        import httpx, kirimchat
        C, L = "{CONTACT}", "{LABEL}"
        def answer(request):
            data = {{"contact_id": C, "label_id": L, "attached": True}}
            return httpx.Response(200, json={{"data": data, "request_id": "{REQUEST_ID}"}})
        client = kirimchat.KirimChat(api_key="{KEY}", base_url="http://kirim.test/v1",
            http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        client.contacts.attach_label(C, label_id=L)
        """
    )
    env = {**os.environ, "KIRIM_LOG": level}
    result = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert f"kirimchat INFO] POST /v1/contacts/{CONTACT}/labels -> 200 in " in result.stderr
    assert ("kirimchat DEBUG] request POST" in result.stderr) is shows_debug
    assert KEY not in result.stderr


def test_logging_is_silent_without_kirim_log() -> None:
    program = "import kirimchat, logging; print(logging.getLogger('kirimchat').handlers)"
    env = {k: v for k, v in os.environ.items() if k != "KIRIM_LOG"}
    result = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True
    )
    assert result.stdout.strip() == "[]"
