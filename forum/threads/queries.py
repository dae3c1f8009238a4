"""Read-side queries for threads and posts: fetch-and-authorise helpers and list statements."""

from __future__ import annotations

from flask import abort
from sqlalchemy import Select, func, select
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import Category, Post, PostStatus, Thread, User, Vote

# Posts that keep a place in their thread: published ones and author-deleted placeholders.
SHOWN_STATUSES = (PostStatus.PUBLISHED, PostStatus.DELETED)
SORTS = {
    "oldest": (Post.id.asc(),),
    "helpful": (Post.score.desc(), Post.id.asc()),
}


def get_category_or_404(slug: str) -> Category:
    category = db.session.scalar(select(Category).where(Category.slug == slug))
    if category is None:
        abort(404)
    return category


def get_thread_or_404(thread_id: int) -> Thread:
    thread = db.session.scalar(
        select(Thread)
        .where(Thread.id == thread_id)
        .options(joinedload(Thread.category), joinedload(Thread.author))
    )
    if thread is None:
        abort(404)
    return thread


def get_post_or_404(
    post_id: int, viewer: User | None = None, *, check_author: bool = False
) -> Post:
    """The post with its thread and author; 403 if `check_author` and `viewer` did not write it."""
    post = db.session.scalar(
        select(Post)
        .where(Post.id == post_id, Post.status.in_(SHOWN_STATUSES))
        .options(
            joinedload(Post.author),
            joinedload(Post.thread).joinedload(Thread.category),
            joinedload(Post.thread).joinedload(Thread.author),
        )
    )
    if post is None:
        abort(404)
    if check_author and (viewer is None or post.author_id != viewer.id):
        abort(403)
    return post


def categories_with_activity() -> list[tuple[Category, int, object]]:
    """Every category with its thread count and latest activity, in display order."""
    stmt = (
        select(Category, func.count(Thread.id), func.max(Thread.last_activity_at))
        .outerjoin(Thread, Thread.category_id == Category.id)
        .group_by(Category.id)
        .order_by(Category.position, Category.id)
    )
    return [tuple(row) for row in db.session.execute(stmt)]


def category_choices() -> list[tuple[int, str]]:
    rows = db.session.execute(select(Category.id, Category.name).order_by(Category.position))
    return [(category_id, name) for category_id, name in rows]


def thread_list(category: Category | None = None) -> Select:
    """Threads by latest activity, each with its opening post's score."""
    stmt = (
        select(Thread, Post.score)
        .join(Post, (Post.thread_id == Thread.id) & Post.is_opening)
        .options(joinedload(Thread.category), joinedload(Thread.author))
        .order_by(Thread.last_activity_at.desc(), Thread.id.desc())
    )
    if category is not None:
        stmt = stmt.where(Thread.category_id == category.id)
    return stmt


def opening_post(thread: Thread) -> Post | None:
    return db.session.scalar(
        select(Post)
        .where(Post.thread_id == thread.id, Post.is_opening, Post.status.in_(SHOWN_STATUSES))
        .options(joinedload(Post.author))
    )


def thread_replies(thread: Thread, sort: str = "oldest") -> Select:
    return (
        select(Post)
        .where(Post.thread_id == thread.id, ~Post.is_opening, Post.status.in_(SHOWN_STATUSES))
        .options(joinedload(Post.author))
        .order_by(*SORTS[sort])
    )


def voted_post_ids(viewer: User | None, posts: list[Post]) -> set[int]:
    """Which of `posts` the viewer found helpful, in one query."""
    if viewer is None or not viewer.is_authenticated or not posts:
        return set()
    ids = [p.id for p in posts]
    return set(
        db.session.scalars(
            select(Vote.post_id).where(Vote.user_id == viewer.id, Vote.post_id.in_(ids))
        )
    )


def reply_page_of(post: Post, per_page: int) -> int:
    """The page (oldest first) on which `post` appears in its thread."""
    if post.is_opening:
        return 1
    before = db.session.scalar(
        select(func.count())
        .select_from(Post)
        .where(
            Post.thread_id == post.thread_id,
            ~Post.is_opening,
            Post.status.in_(SHOWN_STATUSES),
            Post.id < post.id,
        )
    )
    return before // per_page + 1


def posts_by(user: User) -> Select:
    """A member's posts, newest first, for their profile."""
    return (
        select(Post)
        .where(Post.author_id == user.id, Post.status == PostStatus.PUBLISHED)
        .options(joinedload(Post.thread))
        .order_by(Post.id.desc())
    )
