"""What the feeds list: the thread lists' and thread pages' own queries, cut to a feed's
length, in a fixed number of statements whatever the number of threads or replies."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import Category, Post, PostStatus, Thread
from ..threads import queries

FEED_LENGTH = 30


def latest_threads(category: Category | None = None) -> list[tuple[Thread, Post | None]]:
    """The newest threads by latest activity, as the lists order them, each with its opening
    post (two statements: the list, then the openings by primary key)."""
    opening_id = queries.of_opening_post(Post.id)
    stmt = queries.thread_list(category).add_columns(opening_id).limit(FEED_LENGTH)
    rows = db.session.execute(stmt).all()
    ids = [post_id for _, _, post_id in rows if post_id is not None]
    posts = db.session.scalars(
        select(Post).where(Post.id.in_(ids)).options(joinedload(Post.author))
    ).all()
    by_id = {post.id: post for post in posts}
    return [(thread, by_id.get(post_id)) for thread, _, post_id in rows]


def thread_posts(thread: Thread) -> list[Post]:
    """The thread's newest published replies, newest first, then its story: what a visitor
    sees of them, less the places of deleted and removed replies."""
    stmt = (
        queries.thread_replies(thread, None)
        .where(Post.status == PostStatus.PUBLISHED)
        .order_by(None)
        .order_by(Post.id.desc())
        .limit(FEED_LENGTH)
    )
    posts = list(db.session.scalars(stmt))
    opening = queries.opening_post(thread)
    return posts + ([opening] if opening is not None else [])
