"""An administrator's reveal of the account behind an anonymous post: only with a written
reason, always logged (without the account), and the writer is told."""

from __future__ import annotations

from ..extensions import db
from ..models import Post, User
from ..permissions import is_admin
from . import audit
from .notices import notify


class RevealNotAllowed(PermissionError):
    pass


def reveal(post: Post, admin: User, reason: str) -> User:
    """Return the writer's account. The log records that the post was revealed, by whom and
    why, never to whom it belongs, so moderators reading the log learn nothing more."""
    if not is_admin(admin) or not post.anonymous or not reason.strip():
        raise RevealNotAllowed
    writer = db.session.get(User, post.author_id)
    audit.record_on_post(admin, audit.Action.REVEAL, post, reason)
    notify(
        writer.id,
        "An administrator saw that you wrote one of your anonymous posts (linked below). "
        f"Their reason: {reason}",
        post_id=post.id,
    )
    db.session.commit()
    return writer
