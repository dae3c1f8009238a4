"""The name an anonymous writer carries in a thread, chosen when they first post there
anonymously and stored on each of their anonymous posts in it."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select

from ..extensions import db
from ..models import Post, PostStatus, Thread
from .pseudonyms import ORIGINAL_POSTER, free_pseudonym


def writer_name(thread: Thread, author_id: int) -> str:
    """The name `author_id` has, or would get, writing anonymously in `thread`: "Original poster"
    for the thread's anonymous author, else their pseudonym there (kept once given)."""
    if thread.anonymous and thread.author_id == author_id:
        return ORIGINAL_POSTER
    rows = db.session.execute(
        select(Post.author_id, Post.pseudonym)
        .where(Post.thread_id == thread.id, Post.anonymous)
        .distinct()
    )
    taken = set()
    for writer, name in rows:
        if writer == author_id and name != ORIGINAL_POSTER:
            return name
        taken.add(name)
    key = current_app.config["PSEUDONYM_KEY"]
    return free_pseudonym(key, thread.id, author_id, taken)


def name_after_turning(thread: Thread, author_id: int) -> str:
    """The name the writer's posts in `thread` take when they turn them anonymous (all at once,
    opening post included; see threads.services.make_anonymous)."""
    if thread.author_id == author_id:
        return ORIGINAL_POSTER
    return writer_name(thread, author_id)


def unlinked_name(thread: Thread, author_id: int) -> str:
    """A name for `author_id` in `thread` that no post there carries yet, theirs included.

    For named posts that turn anonymous when their writer's account is deleted: taking the
    writer's existing pseudonym would tell everyone who read the named posts who wrote the
    anonymous ones."""
    taken = set(
        db.session.scalars(
            select(Post.pseudonym).where(Post.thread_id == thread.id, Post.anonymous).distinct()
        )
    )
    key = current_app.config["PSEUDONYM_KEY"]
    return free_pseudonym(key, thread.id, author_id, taken)


@dataclass(frozen=True)
class ReplyIdentity:
    """What the reply form offers a writer in one thread."""

    anonymous: bool  # the choice to preselect: the writer's last choice in this thread
    name: str | None  # their anonymous name here, when they have one already


def reply_identity(thread: Thread, author_id: int) -> ReplyIdentity:
    """The writer's last choice in this thread (one query). Remembered from their own posts,
    so nothing about it is kept in the session cookie. Without a post, the thread's anonymous
    author starts anonymous and everyone else named."""
    rows = db.session.execute(
        select(Post.anonymous, Post.pseudonym)
        .where(
            Post.thread_id == thread.id,
            Post.author_id == author_id,
            Post.status == PostStatus.PUBLISHED,
        )
        .order_by(Post.id.desc())
    ).all()
    is_anonymous_author = thread.anonymous and thread.author_id == author_id
    name = ORIGINAL_POSTER if is_anonymous_author else next((n for _, n in rows if n), None)
    anonymous = rows[0].anonymous if rows else is_anonymous_author
    return ReplyIdentity(anonymous=anonymous, name=name)
