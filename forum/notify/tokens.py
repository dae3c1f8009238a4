"""Signed links sent by e-mail: confirm an address, unsubscribe, reset a password.

Each is an itsdangerous token under SECRET_KEY with a salt of its own purpose, so a token
made for one purpose is worth nothing for another. The payload is readable by whoever holds
the link (it is signed, not encrypted), so it carries only the recipient's own id and what
the link does: never another account, never a post.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ..models import User

SALTS = {
    "confirm": "debrief.mail.confirm",
    "unsubscribe": "debrief.mail.unsubscribe",
    "reset": "debrief.mail.reset",
}
MAX_AGE = {
    "confirm": timedelta(days=3),
    "unsubscribe": timedelta(days=180),
    "reset": timedelta(hours=1),
}
# What an unsubscribe link may switch off: one kind, every kind mailed as a digest, or all.
UNSUBSCRIBE_KINDS = ("reply", "quote", "helpful", "held", "moderation", "digest", "all")


class BadToken(ValueError):
    """A link that is no good: `reason` is "invalid" (tampered with, cut short, made for
    another purpose), "expired", or "used" (a reset link whose password changed since)."""

    def __init__(self, reason: str = "invalid"):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Unsubscribe:
    user_id: int
    kind: str  # one of UNSUBSCRIBE_KINDS


def serializer(purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=SALTS[purpose])


def _load(purpose: str, token: str, max_age: timedelta | None) -> dict:
    age = MAX_AGE[purpose] if max_age is None else max_age
    try:
        data = serializer(purpose).loads(token, max_age=int(age.total_seconds()))
    except SignatureExpired:
        raise BadToken("expired") from None
    except (BadSignature, UnicodeError, ValueError):
        raise BadToken() from None
    if not isinstance(data, dict) or type(data.get("u")) is not int:
        raise BadToken()
    return data


def password_digest(user: User) -> str:
    """A short digest of the password hash: a reset link dies once the password changes."""
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def confirm_token(user: User, address: str) -> str:
    return serializer("confirm").dumps({"u": user.id, "a": address})


def read_confirm(token: str, *, max_age: timedelta | None = None) -> tuple[int, str]:
    """(user id, address) of a confirmation link; raises BadToken."""
    data = _load("confirm", token, max_age)
    if not isinstance(data.get("a"), str):
        raise BadToken()
    return data["u"], data["a"]


def unsubscribe_token(user: User, kind: str) -> str:
    assert kind in UNSUBSCRIBE_KINDS, kind
    return serializer("unsubscribe").dumps({"u": user.id, "k": kind})


def read_unsubscribe(token: str, *, max_age: timedelta | None = None) -> Unsubscribe:
    data = _load("unsubscribe", token, max_age)
    if data.get("k") not in UNSUBSCRIBE_KINDS:
        raise BadToken()
    return Unsubscribe(data["u"], data["k"])


def reset_token(user: User) -> str:
    return serializer("reset").dumps({"u": user.id, "h": password_digest(user)})


def read_reset(token: str, *, max_age: timedelta | None = None) -> tuple[int, str]:
    """(user id, password digest) of a reset link; the caller compares the digest."""
    data = _load("reset", token, max_age)
    if not isinstance(data.get("h"), str):
        raise BadToken()
    return data["u"], data["h"]
