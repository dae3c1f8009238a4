"""Thread and post use cases. Each commits once and returns what it made or changed."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import Post, PostStatus, Thread, User, utcnow
from ..rendering import render


def _find_by_form_token(author: User, form_token: str | None) -> Post | None:
    if not form_token:
        return None
    return db.session.scalar(
        select(Post).where(Post.author_id == author.id, Post.form_token == form_token)
    )


def create_thread(
    author: User,
    *,
    category_id: int,
    title: str,
    body: str,
    content_note: str | None = None,
    form_token: str | None = None,
) -> Post:
    """Open a thread and return its opening post.

    A form submitted twice (same `form_token`) returns the post the first submission made.
    """
    now = utcnow()
    thread = Thread(
        category_id=category_id,
        author_id=author.id,
        title=title.strip(),
        content_note=(content_note or "").strip() or None,
        created_at=now,
        last_activity_at=now,
    )
    post = Post(
        thread=thread,
        author_id=author.id,
        is_opening=True,
        body_md=body,
        body_html=str(render(body)),
        created_at=now,
        form_token=form_token or None,
    )
    db.session.add_all([thread, post])
    return _commit_once(post, author, form_token)


def create_reply(thread: Thread, author: User, body: str, *, form_token: str | None = None) -> Post:
    """Publish a reply, counting it on the thread atomically."""
    now = utcnow()
    post = Post(
        thread_id=thread.id,
        author_id=author.id,
        body_md=body,
        body_html=str(render(body)),
        created_at=now,
        form_token=form_token or None,
    )
    db.session.execute(
        update(Thread)
        .where(Thread.id == thread.id)
        .values(reply_count=Thread.reply_count + 1, last_activity_at=now)
    )
    db.session.add(post)
    return _commit_once(post, author, form_token)


def _commit_once(post: Post, author: User, form_token: str | None) -> Post:
    """Commit a new post, or, when its form was already used, roll back and return the
    post the first submission made."""
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        existing = _find_by_form_token(author, form_token)
        if existing is None:
            raise
        return existing
    return post


def edit_post(post: Post, *, body: str, title: str | None = None) -> bool:
    """Replace a post's text (and its thread's title, for an opening post); return whether
    anything changed. An unchanged submission does not mark the post edited."""
    changed = False
    if body != post.body_md:
        post.body_md = body
        post.body_html = str(render(body))
        changed = True
    if post.is_opening and title is not None and title.strip() != post.thread.title:
        post.thread.title = title.strip()
        changed = True
    if changed:
        post.edited_at = utcnow()
        db.session.commit()
    return changed


def delete_post(post: Post) -> bool:
    """Soft-delete by the author: the post keeps its place and loses its text for good."""
    if post.status == PostStatus.DELETED:
        return False
    post.status = PostStatus.DELETED
    post.body_md = ""
    post.body_html = ""
    post.edited_at = utcnow()
    if not post.is_opening:
        db.session.execute(
            update(Thread)
            .where(Thread.id == post.thread_id)
            .values(reply_count=Thread.reply_count - 1)
        )
    db.session.commit()
    return True


def recount_thread(thread_id: int) -> Thread:
    """Rebuild a thread's reply_count and last_activity_at from its posts."""
    in_thread = Post.thread_id == thread_id
    replies = db.session.scalar(
        select(func.count())
        .select_from(Post)
        .where(in_thread, ~Post.is_opening, Post.status == PostStatus.PUBLISHED)
    )
    # A deleted post keeps its place, and so keeps the activity it made.
    latest = db.session.scalar(select(func.max(Post.created_at)).where(in_thread))
    thread = db.session.get(Thread, thread_id)
    thread.reply_count = replies
    thread.last_activity_at = latest or thread.created_at
    db.session.commit()
    return thread


def recount_all_threads() -> int:
    """Rebuild every thread's counters; return how many were wrong."""
    wrong = 0
    for thread_id in db.session.scalars(select(Thread.id).order_by(Thread.id)).all():
        before = db.session.execute(
            select(Thread.reply_count, Thread.last_activity_at).where(Thread.id == thread_id)
        ).one()
        after = recount_thread(thread_id)
        wrong += tuple(before) != (after.reply_count, after.last_activity_at)
    return wrong


def rerender_all(batch: int = 500) -> int:
    """Rebuild every post's stored HTML from its Markdown; return how many changed.

    Works on plain rows in batches, so memory stays flat on a large forum."""
    changed, last_id = 0, 0
    while True:
        rows = db.session.execute(
            select(Post.id, Post.body_md, Post.body_html)
            .where(Post.id > last_id)
            .order_by(Post.id)
            .limit(batch)
        ).all()
        if not rows:
            return changed
        for post_id, body_md, body_html in rows:
            html = str(render(body_md)) if body_md else ""
            if html != body_html:
                db.session.execute(update(Post).where(Post.id == post_id).values(body_html=html))
                changed += 1
        db.session.commit()
        last_id = rows[-1][0]
