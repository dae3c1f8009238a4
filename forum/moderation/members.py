"""Moderators' actions on the writer of a post: warn, suspend. The moderator acts on "the
writer of this post" and never learns who that is when the post is anonymous; the log names
the post the way the thread shows it."""

from __future__ import annotations

from datetime import timedelta

from flask import abort
from sqlalchemy import select

from ..extensions import db
from ..models import Post, Role, User, utcnow
from . import audit
from .notices import notify

MAX_SUSPENSION_DAYS = 365


def warn(post: Post, actor: User, message: str) -> None:
    notify(post.author_id, f"A moderator warned you: {message}", post_id=post.id)
    audit.record_on_post(actor, audit.Action.WARN, post, message, about_writer=True)
    db.session.commit()


def suspend(post: Post, actor: User, days: int, reason: str) -> User:
    """Suspend the writer for `days` from now, unless a longer suspension already runs. A
    suspended member reads but does not post, reply, vote or report, and sees until when and
    why."""
    writer = db.session.get(User, post.author_id)
    until = utcnow() + timedelta(days=days)
    logged = f"{days} day{'s' if days != 1 else ''}: {reason}"
    if writer.suspended_until is not None and writer.suspended_until >= until:
        # A longer suspension already runs: it stays, with its reason; this one is noted.
        until = writer.suspended_until
        logged = f"{logged} (a suspension until {until:%-d %b %Y} already runs)"
    else:
        writer.suspended_until, writer.suspension_reason = until, reason
    notify(
        writer.id,
        f"A moderator suspended your account until {until:%-d %b %Y, %H:%M} UTC. "
        f"Their reason: {reason}",
        post_id=post.id,
    )
    audit.record_on_post(actor, audit.Action.SUSPEND, post, logged, about_writer=True)
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
    action = audit.Action.APPOINT if moderator else audit.Action.DEMOTE
    audit.record(actor, action, member.username, reason=reason)
    db.session.commit()
    return True
