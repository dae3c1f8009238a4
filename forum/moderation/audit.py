"""The audit log: every moderation action, who took it, on what, why and when."""

from __future__ import annotations

import enum

from sqlalchemy import Select, select
from sqlalchemy.orm import joinedload

from ..anonymity.presentation import author_label
from ..extensions import db
from ..models import Category, ModAction, Post, Thread, User


class Action(enum.StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    EDIT = "edit"
    REMOVE = "remove"
    DISMISS = "dismiss reports"
    LOCK = "lock"
    UNLOCK = "unlock"
    FLAG_ON = "flag on"
    FLAG_OFF = "flag off"
    MOVE = "move"
    WARN = "warn"
    SUSPEND = "suspend"
    APPOINT = "appoint moderator"
    DEMOTE = "remove moderator"
    REVEAL = "reveal"
    CATEGORY = "category"


def post_target(post: Post) -> str:
    """A post as the log names it: by the name its thread shows, never the account behind an
    anonymous post."""
    kind = "story" if post.is_opening else "reply"
    return f"{author_label(post).name}'s {kind} #{post.id}"


def record(
    actor: User,
    action: Action,
    target: str,
    *,
    reason: str = "",
    thread_id: int | None = None,
    post_id: int | None = None,
) -> ModAction:
    """Add a line to the log in the caller's transaction (the caller commits)."""
    entry = ModAction(
        actor_id=actor.id,
        action=action,
        target=target[:300],
        reason=reason,
        thread_id=thread_id,
        post_id=post_id,
    )
    db.session.add(entry)
    return entry


def record_on_post(
    actor: User, action: Action, post: Post, reason: str = "", *, about_writer: bool = False
) -> ModAction:
    """Log an action on a post (or, `about_writer`, on the member who wrote it), naming the
    post as its thread shows it. Call it before the action changes how the post is named."""
    target = post_target(post)
    return record(
        actor,
        action,
        f"the writer of {target}" if about_writer else target,
        reason=reason,
        thread_id=post.thread_id,
        post_id=post.id,
    )


def record_on_thread(actor: User, action: Action, thread: Thread, reason: str = "") -> ModAction:
    return record(actor, action, f"thread “{thread.title}”", reason=reason, thread_id=thread.id)


def record_category(actor: User, category: Category, what: str) -> None:
    """Log an administrator's change to a category, and commit it."""
    record(actor, Action.CATEGORY, f"category “{category.name}” ({what})")
    db.session.commit()


def log_entries(action: str | None = None, actor_id: int | None = None) -> Select:
    """The log, newest first, optionally for one action or one actor."""
    stmt = select(ModAction).options(joinedload(ModAction.actor)).order_by(ModAction.id.desc())
    if action:
        stmt = stmt.where(ModAction.action == action)
    if actor_id:
        stmt = stmt.where(ModAction.actor_id == actor_id)
    return stmt


def actors() -> list[User]:
    """Everyone who has taken a moderation action, for the log's filter."""
    return list(
        db.session.scalars(
            select(User).where(User.id.in_(select(ModAction.actor_id))).order_by(User.username)
        )
    )
