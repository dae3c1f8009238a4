"""A member's e-mail address and what is mailed to it: confirming the address, asking for
the link again, per-kind mail settings, and unsubscribe links. Each use case commits once."""

from __future__ import annotations

from sqlalchemy import select, update

from ..extensions import db
from ..models import MailKind, MailMode, MailStatus, Notification, OutboxMail, User, utcnow
from . import tokens
from .outbox import enqueue

KINDS = ("reply", "quote", "helpful", "held", "moderation")


def change_address(user: User, new: str | None) -> bool:
    """Give the account a new address (or none), in the caller's transaction: it must be
    confirmed before any mail but the confirmation goes there, and the old address, if it
    was confirmed, is told. Returns whether the address changed."""
    if new == user.email:
        return False
    old, old_was_good = user.email, user.email_confirmed_at and not user.email_bounced_at
    user.email = new
    user.email_confirmed_at = None
    user.email_bounced_at = None
    user.email_bounce_reason = None
    db.session.flush()
    if new:
        enqueue(user.id, MailKind.CONFIRM, address=new)
    if old and old_was_good:
        enqueue(user.id, MailKind.ADDRESS_CHANGED, address=old)
    return True


def resend_confirmation(user: User) -> bool:
    """Send the confirmation link again, or try a refused address once more; False when
    there is nothing to confirm. A link already waiting to go out is not doubled."""
    if not user.email or (user.email_confirmed_at and not user.email_bounced_at):
        return False
    user.email_confirmed_at = None
    user.email_bounced_at = None
    user.email_bounce_reason = None
    waiting = db.session.scalar(
        select(OutboxMail.id).where(
            OutboxMail.user_id == user.id,
            OutboxMail.kind == MailKind.CONFIRM,
            OutboxMail.address == user.email,
            OutboxMail.status.in_([MailStatus.PENDING, MailStatus.SENDING]),
        )
    )
    if waiting is None:
        enqueue(user.id, MailKind.CONFIRM, address=user.email)
    db.session.commit()
    return True


def confirm_address(token: str) -> str:
    """Follow a confirmation link: "confirmed", "already" (confirmed before), or "stale"
    (the account's address is another one now). Raises tokens.BadToken."""
    user_id, address = tokens.read_confirm(token)
    user = db.session.get(User, user_id)
    if user is None or user.email != address:
        return "stale"
    if user.email_confirmed_at and not user.email_bounced_at:
        return "already"
    user.email_confirmed_at = utcnow()
    user.email_bounced_at = None
    user.email_bounce_reason = None
    db.session.commit()
    return "confirmed"


def set_mail_modes(user: User, modes: dict[str, str], auto_watch: bool) -> bool:
    """Save the member's mail setting for each kind, and automatic watching; return whether
    anything changed."""
    changed = _apply_modes(user, modes) or user.auto_watch != auto_watch
    user.auto_watch = auto_watch
    db.session.commit()
    return changed


def _apply_modes(user: User, modes: dict[str, str]) -> bool:
    """Set each kind's mode (caller's transaction); notifications of kinds no longer mailed
    as a digest stop waiting for one."""
    changed = False
    for kind, mode in modes.items():
        assert kind in KINDS and mode in set(MailMode), (kind, mode)
        changed |= getattr(user, f"mail_{kind}") != mode
        setattr(user, f"mail_{kind}", mode)
    off = [kind for kind in KINDS if getattr(user, f"mail_{kind}") == MailMode.OFF]
    if off:
        db.session.execute(
            update(Notification)
            .where(
                Notification.user_id == user.id,
                Notification.mail == "digest",
                Notification.kind.in_(off),
            )
            .values(mail=None)
            .execution_options(synchronize_session=False)
        )
    return changed


def unsubscribe_kinds(user: User, kind: str) -> list[str]:
    """The kinds an unsubscribe link of `kind` turns off for the member now."""
    if kind == "all":
        return list(KINDS)
    if kind == "digest":
        return [k for k in KINDS if getattr(user, f"mail_{k}") == MailMode.DIGEST]
    return [kind]


def read_unsubscribe(token: str) -> tuple[User, tokens.Unsubscribe, bool]:
    """The member, what the link turns off, and whether it is off already. Raises
    tokens.BadToken (also for an account that no longer exists)."""
    link = tokens.read_unsubscribe(token)
    user = db.session.get(User, link.user_id)
    if user is None or user.deleted_at is not None:
        raise tokens.BadToken()
    kinds = unsubscribe_kinds(user, link.kind)
    done = all(getattr(user, f"mail_{k}") == MailMode.OFF for k in kinds)
    return user, link, done


def unsubscribe(token: str) -> tuple[tokens.Unsubscribe, bool]:
    """Turn off what the link names; return it and whether it was off already. Raises
    tokens.BadToken; changes nothing then."""
    user, link, already = read_unsubscribe(token)
    if not already:
        _apply_modes(user, {k: MailMode.OFF for k in unsubscribe_kinds(user, link.kind)})
        db.session.commit()
    return link, already
