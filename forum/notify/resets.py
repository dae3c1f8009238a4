"""Password reset by e-mail: a signed link, valid for an hour, bound to the current password
hash so it dies once used. Only an account with a confirmed, working address can reset."""

from __future__ import annotations

import hmac

from sqlalchemy import func, select, update
from werkzeug.security import generate_password_hash

from ..extensions import db
from ..models import MailKind, MailStatus, OutboxMail, User
from . import tokens
from .outbox import can_mail, enqueue

MAX_ACCOUNTS = 5  # accounts one address may share, each told of its own reset


def request_reset(who: str) -> int:
    """Queue a reset link for the account named `who` (username or e-mail address) if it can
    receive mail; return how many were queued. The caller must not tell the visitor."""
    who = who.strip()
    accounts = db.session.scalars(
        select(User)
        .where((func.lower(User.username) == who.lower()) | (func.lower(User.email) == who.lower()))
        .order_by(User.id)
        .limit(MAX_ACCOUNTS)
    ).all()
    queued = 0
    for user in accounts:
        if can_mail(user) and not _waiting(user):
            enqueue(user.id, MailKind.RESET)
            queued += 1
    db.session.commit()
    return queued


def _waiting(user: User) -> bool:
    """A reset link for the account is still waiting to go out: one is enough."""
    return (
        db.session.scalar(
            select(OutboxMail.id).where(
                OutboxMail.user_id == user.id,
                OutboxMail.kind == MailKind.RESET,
                OutboxMail.status.in_([MailStatus.PENDING, MailStatus.SENDING]),
            )
        )
        is not None
    )


def account_for_reset(token: str) -> User:
    """The account a reset link is for, while it is good. Raises tokens.BadToken: reason
    "used" once the password changed since the link was made."""
    user_id, digest = tokens.read_reset(token)
    user = db.session.get(User, user_id)
    if user is None:
        raise tokens.BadToken()
    if not hmac.compare_digest(digest, tokens.password_digest(user)):
        raise tokens.BadToken("used")
    return user


def reset_password(token: str, new: str) -> User:
    """Set the new password through a good link, and end every session of the account (as
    logging out does). The update checks the old hash, so one link works once even when sent
    twice at the same moment. Raises tokens.BadToken."""
    user = account_for_reset(token)
    done = db.session.execute(
        update(User)
        .where(User.id == user.id, User.password_hash == user.password_hash)
        .values(
            password_hash=generate_password_hash(new),
            session_generation=User.session_generation + 1,
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    if not done:
        db.session.rollback()
        raise tokens.BadToken("used")
    db.session.commit()
    return user
