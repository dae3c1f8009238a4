"""Signed links: each works for its own purpose and time only, carries the recipient's id
alone, and a reset link dies once the password changes."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
from itsdangerous import URLSafeTimedSerializer

from forum.notify import tokens
from tests.notify.mail_helpers import past


def _payload(token: str) -> dict:
    data = token.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))


def test_each_link_reads_back_what_it_was_made_with(app, make_user):
    user = make_user(email="a@example.org")
    assert tokens.read_confirm(tokens.confirm_token(user, "a@example.org")) == (
        user.id,
        "a@example.org",
    )
    link = tokens.read_unsubscribe(tokens.unsubscribe_token(user, "quote"))
    assert (link.user_id, link.kind) == (user.id, "quote")
    assert tokens.read_reset(tokens.reset_token(user))[0] == user.id


def test_a_token_carries_only_the_recipients_id_and_what_it_does(app, make_user):
    user = make_user(email="a@example.org")
    assert _payload(tokens.unsubscribe_token(user, "reply")) == {"u": user.id, "k": "reply"}
    assert _payload(tokens.confirm_token(user, "a@example.org")) == {
        "u": user.id,
        "a": "a@example.org",
    }
    reset = _payload(tokens.reset_token(user))
    assert set(reset) == {"u", "h"} and user.password_hash not in reset["h"]


def test_a_token_made_for_one_purpose_is_refused_for_another(app, make_user):
    user = make_user()
    with pytest.raises(tokens.BadToken, match="invalid"):
        tokens.read_reset(tokens.unsubscribe_token(user, "all"))
    with pytest.raises(tokens.BadToken, match="invalid"):
        tokens.read_unsubscribe(tokens.confirm_token(user, "a@example.org"))


@pytest.mark.parametrize(
    "damage",
    [
        # Not the last letter: its low bits are padding, and may decode to the same bytes.
        lambda t: t[:5] + ("A" if t[5] != "A" else "B") + t[6:],
        lambda t: t[:-10],
        lambda t: t.replace(".", "", 1),
        lambda t: "x" + t,
        lambda t: "",
        lambda t: "\x00" * 5,
    ],
    ids=["one-letter", "cut-short", "no-dot", "prefixed", "empty", "nul"],
)
def test_a_tampered_token_is_refused(app, make_user, damage):
    token = tokens.unsubscribe_token(make_user(), "all")
    with pytest.raises(tokens.BadToken) as refused:
        tokens.read_unsubscribe(damage(token))
    assert refused.value.reason == "invalid"


def test_a_payload_signed_with_another_key_is_refused(app, make_user):
    other = URLSafeTimedSerializer("another-key", salt=tokens.SALTS["unsubscribe"])
    with pytest.raises(tokens.BadToken):
        tokens.read_unsubscribe(other.dumps({"u": make_user().id, "k": "all"}))


@pytest.mark.parametrize(
    ("purpose", "payload", "read", "age"),
    [
        ("confirm", {"u": 1, "a": "a@example.org"}, tokens.read_confirm, timedelta(days=3)),
        ("unsubscribe", {"u": 1, "k": "all"}, tokens.read_unsubscribe, timedelta(days=180)),
        ("reset", {"u": 1, "h": "0" * 16}, tokens.read_reset, timedelta(hours=1)),
    ],
)
def test_each_link_expires_after_its_time(app, purpose, payload, read, age):
    seconds = age.total_seconds()
    assert read(past(purpose, payload, seconds - 60))  # still good a minute before
    with pytest.raises(tokens.BadToken) as refused:
        read(past(purpose, payload, seconds + 60))
    assert refused.value.reason == "expired"


def test_a_well_signed_payload_of_the_wrong_shape_is_refused(app):
    serializer = tokens.serializer("unsubscribe")
    for payload in ({"u": "1", "k": "all"}, {"u": 1, "k": "everything"}, [1, "all"], {"k": "all"}):
        with pytest.raises(tokens.BadToken):
            tokens.read_unsubscribe(serializer.dumps(payload))
