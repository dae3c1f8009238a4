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
    CONTENT_NOTE = "content note"
    MOVE = "move"
    WARN = "warn"
    SUSPEND = "suspend"
    APPOINT = "appoint moderator"
    DEMOTE = "remove moderator"
    # Revealing an anonymous writer takes two administrators (moderation.reveal). "reveal"
    # stays for the lines of the single-administrator reveal that came before.
    REVEAL = "reveal"
    REVEAL_REQUESTED = "reveal requested"
    REVEAL_APPROVED = "reveal approved"
    REVEAL_REFUSED = "reveal refused"
    CATEGORY = "category"


# What each action is on: a thread, a member by name, "the writer of" a post; the rest are on
# a post itself (and categories on what `detail` says).
ON_THREAD = frozenset(
    {
        Action.LOCK,
        Action.UNLOCK,
        Action.FLAG_ON,
        Action.FLAG_OFF,
        Action.CONTENT_NOTE,
        Action.MOVE,
    }
)
ON_MEMBER = frozenset({Action.APPOINT, Action.DEMOTE})
ON_WRITER = frozenset({Action.WARN, Action.SUSPEND})


def record(
    actor: User,
    action: Action,
    *,
    post: Post | None = None,
    thread_id: int | None = None,
    member: User | None = None,
    detail: str = "",
    reason: str = "",
) -> ModAction:
    """Add a line to the log in the caller's transaction (the caller commits). It keeps ids,
    never names: `describe` names the target when the log is read."""
    entry = ModAction(
        actor_id=actor.id,
        action=action,
        detail=detail[:300],
        reason=reason,
        thread_id=post.thread_id if post is not None else thread_id,
        post_id=post.id if post is not None else None,
        member_id=member.id if member is not None else None,
    )
    db.session.add(entry)
    return entry


def record_on_post(actor: User, action: Action, post: Post, reason: str = "") -> ModAction:
    """Log an action on a post, or (warn, suspend) on the member who wrote it."""
    return record(actor, action, post=post, reason=reason)


def record_on_thread(actor: User, action: Action, thread: Thread, reason: str = "") -> ModAction:
    return record(actor, action, thread_id=thread.id, reason=reason)


def record_category(actor: User, category: Category, what: str) -> None:
    """Log an administrator's change to a category, and commit it."""
    record(actor, Action.CATEGORY, detail=f"category “{category.name}” ({what})")
    db.session.commit()


def post_target(post: Post) -> str:
    """A post as the log names it: by the name its thread shows today (so a post turned
    anonymous since shows its pseudonym), never the account behind an anonymous post, and
    without its database id, whose order across threads would link posts."""
    kind = "story" if post.is_opening else "reply"
    return f"{author_label(post).name}'s {kind} in “{post.thread.title}”"


def describe(entry: ModAction) -> str:
    """What a log line is about, named as the forum shows it now."""
    if entry.action in ON_THREAD:
        return f"thread “{entry.thread.title}”" if entry.thread else "a thread since deleted"
    if entry.action in ON_MEMBER:
        return entry.member.account_name
    if entry.action == Action.CATEGORY:
        return entry.detail
    target = post_target(entry.post) if entry.post is not None else "a post since deleted"
    return f"the writer of {target}" if entry.action in ON_WRITER else target


def coarse_time(entry: ModAction) -> bool:
    """Whether the line's time is shown to the hour: it is about an anonymous post, or one
    since deleted that may have been (see times.abstime_hour)."""
    if entry.action in ON_THREAD | ON_MEMBER or entry.action == Action.CATEGORY:
        return False
    return entry.post is None or author_label(entry.post).anonymous


def log_entries(action: str | None = None, actor_id: int | None = None) -> Select:
    """The log, newest first, optionally for one action or one actor."""
    stmt = (
        select(ModAction)
        .options(
            joinedload(ModAction.actor),
            joinedload(ModAction.member),
            joinedload(ModAction.thread),
            joinedload(ModAction.post).joinedload(Post.thread),
            joinedload(ModAction.post).joinedload(Post.author),
        )
        .order_by(ModAction.id.desc())
    )
    if action:
        stmt = stmt.where(ModAction.action == action)
    if actor_id:
        stmt = stmt.where(ModAction.actor_id == actor_id)
    return stmt


def actors() -> list[User]:
    """Everyone who has taken a moderation action, for the log's filter; not a deleted
    account, whose id the filter would show beside the old username in copies of the page."""
    return list(
        db.session.scalars(
            select(User)
            .where(User.id.in_(select(ModAction.actor_id)), User.deleted_at.is_(None))
            .order_by(User.username)
        )
    )
