"""Notices: what a member is told about moderation of their posts and account, shown on every
page until they dismiss it."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import Notice, User, utcnow
from ..notify.services import mark_notice_read, notify_notice


def notify(user_id: int, text: str, *, post_id: int | None = None) -> Notice | None:
    """Add a notice in the caller's transaction (the caller commits); it joins the member's
    notifications too, and their e-mail if they asked for moderation news. None when the
    account was deleted: nobody is there to tell (and the moderator is told the same)."""
    counted = db.session.execute(
        update(User)
        .where(User.id == user_id, User.deleted_at.is_(None))
        .values(open_notices=User.open_notices + 1)
        .returning(User.id)
    ).all()
    if not counted:
        return None
    notice = Notice(user_id=user_id, text=text, post_id=post_id)
    db.session.add(notice)
    db.session.flush()
    notify_notice(notice)
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
    """Dismiss one of the member's own notices (its notification is read too); return whether
    one was dismissed."""
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
        mark_notice_read(user, notice_id)
    db.session.commit()
    return bool(done)
