"""Notices: what a member is told about moderation of their posts and account, shown on every
page until they dismiss it."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import Notice, User, utcnow


def notify(user_id: int, text: str, *, post_id: int | None = None) -> Notice:
    """Add a notice in the caller's transaction (the caller commits)."""
    notice = Notice(user_id=user_id, text=text, post_id=post_id)
    db.session.add(notice)
    db.session.execute(
        update(User).where(User.id == user_id).values(open_notices=User.open_notices + 1)
    )
    return notice


def open_notices(user: User) -> list[Notice]:
    """The member's notices not yet dismissed, oldest first; no query when there are none."""
    if not user.open_notices:
        return []
    return list(
        db.session.scalars(
            select(Notice)
            .options(joinedload(Notice.post))
            .where(Notice.user_id == user.id, Notice.dismissed_at.is_(None))
            .order_by(Notice.id)
        )
    )


def dismiss(user: User, notice_id: int) -> bool:
    """Dismiss one of the member's own notices; return whether one was dismissed."""
    done = db.session.execute(
        update(Notice)
        .where(Notice.id == notice_id, Notice.user_id == user.id, Notice.dismissed_at.is_(None))
        .values(dismissed_at=utcnow())
        .returning(Notice.id)
    ).all()
    if done:
        db.session.execute(
            update(User).where(User.id == user.id).values(open_notices=User.open_notices - 1)
        )
    db.session.commit()
    return bool(done)
