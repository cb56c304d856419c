"""Every pattern, length and enum is enforced before anything is sent."""

from __future__ import annotations

from typing import Any

import kirimchat
import pytest
from client_harness import CONTACT, KINDS, LABEL, Harness

BODY = CONTACT.removeprefix("ctc_")  # 26 valid Crockford base32 characters


def bad_ids(prefix: str, other: str) -> list[Any]:
    """Values that look like ``prefix`` ids but break the pattern, one way each."""
    table = {
        "trailing-newline": f"{prefix}{BODY}\n",
        "leading-newline": f"\n{prefix}{BODY}",
        "lower-case": f"{prefix}{BODY.lower()}",
        "letter-I": f"{prefix}{BODY[:-1]}I",
        "letter-L": f"{prefix}{BODY[:-1]}L",
        "letter-O": f"{prefix}{BODY[:-1]}O",
        "letter-U": f"{prefix}{BODY[:-1]}U",
        "25-characters": f"{prefix}{BODY[:-1]}",
        "27-characters": f"{prefix}{BODY}X",
        "other-prefix": f"{other}{BODY}",
        "upper-prefix": f"{prefix.upper()}{BODY}",
        "non-ascii-digit": f"{prefix}{BODY[:-1]}\u0661",
        "empty": "",
        "docs-example": "example",
    }
    return [pytest.param(value, id=name) for name, value in table.items()]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("contact_id", bad_ids("ctc_", "lbl_"))
def test_malformed_contact_id_is_refused_before_sending(kind: str, contact_id: str) -> None:
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        harness.attach(contact_id=contact_id)
    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, kirimchat.KirimChatError)
    assert error.param == "contact_id"
    assert error.value == contact_id
    assert error.rule == "must match the pattern ^ctc_[0-9A-HJKMNP-TV-Z]{26}$"
    assert str(error).startswith(f"invalid contact_id={contact_id!r}")
    assert harness.requests == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("label_id", bad_ids("lbl_", "ctc_"))
def test_malformed_label_id_is_refused_before_sending(kind: str, label_id: str) -> None:
    harness = Harness(kind)
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        harness.attach(label_id=label_id)
    assert caught.value.param == "label_id"
    assert caught.value.rule == "must match the pattern ^lbl_[0-9A-HJKMNP-TV-Z]{26}$"
    assert harness.requests == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("arguments", "param", "rule"),
    [
        ({"contact_id": 123}, "contact_id", "must be a string, not int"),
        ({"contact_id": None}, "contact_id", "must not be null"),
        ({"label_id": None}, "label_id", "must not be null"),
        ({"label_id": ["lbl_x"]}, "label_id", "must be a string, not list"),
        ({"idempotency_key": ""}, "idempotency_key", "at least 1 characters"),
        ({"idempotency_key": "k" * 256}, "idempotency_key", "at most 255 characters"),
        ({"timeout": None}, "timeout", "positive number"),
        ({"timeout": -1}, "timeout", "positive number"),
        ({"max_retries": -1}, "max_retries", "from 0 to 10"),
        ({"max_retries": "2"}, "max_retries", "from 0 to 10"),
        ({"extra_headers": {"X-Evil": "a\r\nInjected: 1"}}, "extra_headers", "line breaks"),
        ({"extra_headers": {"X-Name": "Budi \u2013 Sales"}}, "extra_headers", "ASCII"),
    ],
)
def test_wrong_types_and_options_are_refused_before_sending(
    kind: str, arguments: dict[str, Any], param: str, rule: str
) -> None:
    harness = Harness(kind)
    arguments = {"contact_id": CONTACT, "label_id": LABEL, **arguments}
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        harness.attach(**arguments)
    assert caught.value.param == param
    assert rule in caught.value.rule
    assert harness.requests == []


def test_unknown_body_field_is_refused_because_the_schema_is_closed() -> None:
    harness = Harness("sync")
    body_dict = {"label_id": LABEL, "colour": "red"}
    with pytest.raises(kirimchat.ParamValidationError) as caught:
        kirimchat._validation.check_argument(kirimchat._api.ATTACH_LABEL.body, body_dict, "")
    assert caught.value.param == "colour"
    assert harness.requests == []
