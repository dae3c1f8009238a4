"""Moderators' actions on the writer of a post: warn, suspend. The moderator acts on "the
writer of this post" and never learns who that is when the post is anonymous; the log names
the post the way the thread shows it."""

from __future__ import annotations

from datetime import timedelta

from flask import abort
from sqlalchemy import select

from ..auth.services import end_sessions
from ..extensions import db
from ..models import Post, Role, User, utcnow
from . import audit
from .notices import notify

MAX_SUSPENSION_DAYS = 365


def warn(post: Post, actor: User, message: str) -> None:
    notify(post.author_id, f"A moderator warned you: {message}", post_id=post.id)
    audit.record_on_post(actor, audit.Action.WARN, post, message)
    db.session.commit()


def suspend(post: Post, actor: User, days: int, reason: str) -> User:
    """Suspend the writer for `days` from now. A suspended member reads but does not post,
    reply, vote or report, and sees until when and why.

    A suspension that already runs longer stays, silently: what the moderator sees and the
    log says is worded the same whatever else the writer has, or it would tell that this
    post and the one that earned the other suspension have one writer."""
    writer = db.session.get(User, post.author_id)
    until = utcnow() + timedelta(days=days)
    if writer.suspended_until is None or writer.suspended_until < until:
        writer.suspended_until, writer.suspension_reason = until, reason
    notify(
        writer.id,
        f"A moderator suspended your account until {writer.suspended_until:%-d %b %Y, %H:%M} "
        f"UTC. Their reason: {reason}",
        post_id=post.id,
    )
    logged = f"{days} day{'s' if days != 1 else ''}: {reason}"
    audit.record_on_post(actor, audit.Action.SUSPEND, post, logged)
    db.session.commit()
    return writer


def team() -> list[User]:
    """Moderators and administrators, by username."""
    return list(
        db.session.scalars(
            select(User).where(User.role.in_((Role.MODERATOR, Role.ADMIN))).order_by(User.username)
        )
    )


def get_member_or_404(user_id: int) -> User:
    member = db.session.get(User, user_id)
    if member is None:
        abort(404)
    return member


def set_moderator(member: User, moderator: bool, actor: User, reason: str = "") -> bool:
    """An administrator appoints or removes a moderator; admins themselves are left alone."""
    if member.role == Role.ADMIN:
        return False
    role = Role.MODERATOR if moderator else Role.MEMBER
    if member.role == role:
        return False
    member.role = role
    end_sessions(member)  # the new role starts with a new login
    action = audit.Action.APPOINT if moderator else audit.Action.DEMOTE
    audit.record(actor, action, member=member, reason=reason)
    db.session.commit()
    return True
