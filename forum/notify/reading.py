"""Unread places: which threads have replies a member has not seen, and where they start.

A member's place in a thread is the newest post id shown to them there (Watch.last_read_post_id);
viewing a page moves it forward with one statement. Visitors have no place.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import g
from sqlalchemy import and_, func, select

from ..extensions import db
from ..models import Post, PostStatus, User, Watch
from .services import (
    UNREAD_SHOWN,
    mark_thread_read,
    stored_unread_count,
    unread_count,
    upsert,
)


def remember_unread(count: int, stored: int) -> None:
    """The logged-in member's header count, and how many of them are stored notifications
    (not replies in watched threads), loaded with them by the login's user loader."""
    g.unread_notifications, g.unread_stored = count, stored


def unread_notifications(viewer: User) -> int:
    """The header's count of the logged-in member's unread notifications: loaded with them,
    or else counted once per request."""
    if "unread_notifications" not in g:
        g.unread_notifications = unread_count(viewer)
    return g.unread_notifications


def unread_stored(viewer: User) -> int:
    """How many of the header's unread are stored notifications, which a page can mark read:
    loaded with the member, or else counted once per request."""
    if "unread_stored" not in g:
        g.unread_stored = stored_unread_count(viewer)
    return g.unread_stored


def count_label(count: int, shown: int, word: str) -> str:
    """A header count: "3 new", "99+ new" past `shown`, or "" with none."""
    if not count:
        return ""
    return f"{shown}+ {word}" if count > shown else f"{count} {word}"


def unread_label(viewer: User) -> str:
    """ "3 new", "99+ new", or "" with none."""
    return count_label(unread_notifications(viewer), UNREAD_SHOWN, "new")


@dataclass(frozen=True)
class Unread:
    count: int  # published replies by others after the member's place
    first_key: str  # public id of the first of them


def unread_in(viewer: User | None, thread_ids: list[int]) -> dict[int, Unread]:
    """Unread replies in these threads, for the threads the member has read before: one
    query, however many threads (the posts index answers each count)."""
    if viewer is None or not viewer.is_authenticated or not thread_ids:
        return {}
    newer = (
        select(
            Watch.thread_id.label("thread_id"),
            func.count(Post.id).label("count"),
            func.min(Post.id).label("first_id"),
        )
        .join(
            Post,
            and_(
                Post.thread_id == Watch.thread_id,
                Post.id > Watch.last_read_post_id,
                Post.is_opening.is_(False),
                Post.status == PostStatus.PUBLISHED,
                Post.author_id != viewer.id,
            ),
        )
        .where(Watch.user_id == viewer.id, Watch.thread_id.in_(thread_ids))
        .group_by(Watch.thread_id)
        .subquery()
    )
    rows = db.session.execute(
        select(newer.c.thread_id, newer.c.count, Post.public_id).join(
            Post, Post.id == newer.c.first_id
        )
    )
    return {thread_id: Unread(count, key) for thread_id, count, key in rows}


def first_new_post_id(watch: Watch | None, posts: list[Post], viewer: User) -> int | None:
    """The first post on the page the member has not seen before (not their own), where the
    page marks "new replies"; None on a first visit or when nothing is new."""
    if watch is None or watch.last_read_post_id is None:
        return None
    for post in posts:
        if post.id > watch.last_read_post_id and post.author_id != viewer.id:
            return post.id
    return None


def mark_seen(
    viewer: User, thread_id: int, watch: Watch | None, posts: list[Post], *, in_order: bool
) -> None:
    """A page of the thread showed the member `posts`: their notifications about them are read
    (a statement only while the member has unread stored ones; unread replies in watched
    threads are read by the place moving), and, on a page in oldest-first order, their place
    moves to the newest (one upsert, only when it moves forward)."""
    wrote = False
    if unread_stored(viewer):  # loaded with the member: no query here
        wrote = bool(mark_thread_read(viewer, thread_id, [post.id for post in posts]))
    newest = max((post.id for post in posts), default=0)
    place = (watch.last_read_post_id or 0) if watch else 0
    if in_order and newest > place:
        place_at(viewer, thread_id, newest)
        wrote = True
    if wrote:
        db.session.commit()


def place_at(viewer: User, thread_id: int, post_id: int) -> None:
    """The member's own new post is read by them: their place moves to it (caller's
    transaction)."""
    stmt = upsert()(Watch).values(user_id=viewer.id, thread_id=thread_id, last_read_post_id=post_id)
    db.session.execute(
        stmt.on_conflict_do_update(
            index_elements=["user_id", "thread_id"],
            set_={"last_read_post_id": post_id},
            where=func.coalesce(Watch.last_read_post_id, 0) < post_id,
        )
    )
