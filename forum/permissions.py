"""Who may do what: named yes/no functions, used by services, views and templates alike."""

from __future__ import annotations

from datetime import datetime

from .models import Post, PostStatus, Role, Thread, User, utcnow


def _member(viewer: User | None) -> bool:
    return bool(viewer is not None and viewer.is_authenticated)


def is_moderator(viewer: User | None) -> bool:
    return _member(viewer) and viewer.role in (Role.MODERATOR, Role.ADMIN)


def is_admin(viewer: User | None) -> bool:
    return _member(viewer) and viewer.role == Role.ADMIN


def is_suspended(viewer: User | None, now: datetime | None = None) -> bool:
    return bool(
        _member(viewer)
        and viewer.suspended_until is not None
        and viewer.suspended_until > (now or utcnow())
    )


def is_premoderated(viewer: User | None, now: datetime | None = None) -> bool:
    """A repeat offender: their replies in flagged threads wait for a moderator."""
    until = viewer.premoderated_until if _member(viewer) else None
    return until is not None and until > (now or utcnow())


def can_write(viewer: User | None) -> bool:
    """Start threads, edit own posts: any member who is not suspended."""
    return _member(viewer) and not is_suspended(viewer)


def can_reply(viewer: User | None, thread: Thread) -> bool:
    return can_write(viewer) and (not thread.locked or is_moderator(viewer))


def can_vote(viewer: User | None, post: Post) -> bool:
    return can_write(viewer) and post.author_id != viewer.id and post.status == PostStatus.PUBLISHED


def can_report(viewer: User | None, post: Post) -> bool:
    return can_write(viewer) and post.author_id != viewer.id and post.status == PostStatus.PUBLISHED


def can_set_flag(viewer: User | None, thread: Thread) -> bool:
    """The thread's author, or a moderator, may turn "No 'why did you' replies" on or off."""
    return (_member(viewer) and thread.author_id == viewer.id and not is_suspended(viewer)) or (
        is_moderator(viewer)
    )


def can_moderate(viewer: User | None, post: Post) -> bool:
    """Moderators act on others' posts only: nobody decides on their own, and a moderator
    acting on a post they wrote anonymously would be named in the log beside it."""
    return is_moderator(viewer) and post.author_id != viewer.id


def can_see_post(viewer: User | None, post: Post) -> bool:
    """Held and rejected posts are seen by their writer and by moderators only; a withdrawn
    one (a rejected reply its writer deleted) by nobody."""
    if post.status in (PostStatus.PUBLISHED, PostStatus.DELETED, PostStatus.REMOVED):
        return True
    if post.status == PostStatus.WITHDRAWN:
        return False
    return (_member(viewer) and post.author_id == viewer.id) or is_moderator(viewer)
