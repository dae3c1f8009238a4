"""The outbox: e-mail is written as a row in the caller's transaction and sent later by the
mail worker (forum.notify.mailer), so writing a post never waits on an SMTP server."""

from __future__ import annotations

from ..extensions import db
from ..models import MailKind, OutboxMail, User


def can_mail(user: User) -> bool:
    """Whether the member's address may receive notifications and resets: confirmed, and not
    refused for good by a mail server."""
    return bool(user.email and user.email_confirmed_at and not user.email_bounced_at)


def enqueue(
    user_id: int,
    kind: MailKind,
    *,
    notification_id: int | None = None,
    address: str | None = None,
) -> OutboxMail:
    """Add one e-mail to the outbox in the caller's transaction (the caller commits)."""
    mail = OutboxMail(user_id=user_id, kind=kind, notification_id=notification_id, address=address)
    db.session.add(mail)
    return mail
