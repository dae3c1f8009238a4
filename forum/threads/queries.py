"""Read-side queries for threads and posts: fetch-and-authorise helpers and list statements."""

from __future__ import annotations

from flask import abort
from sqlalchemy import Select, bindparam, func, literal, select, union_all
from sqlalchemy.orm import aliased, joinedload
from wtforms.fields.choices import SelectChoice

from ..anonymity.presentation import QUOTE_HEADER
from ..extensions import db
from ..models import (
    SHOWN_USER_COLUMNS,
    Category,
    PageStamps,
    Post,
    PostStatus,
    Report,
    Thread,
    User,
    Vote,
)
from ..pagination import count_of, paginate
from ..permissions import can_see_post, is_moderator
from ..sqltime import NEWEST_FIRST

# Posts that keep a place in their thread for everyone: published ones, and the placeholders
# of posts deleted by their author or removed by a moderator.
SHOWN_STATUSES = (PostStatus.PUBLISHED, PostStatus.DELETED, PostStatus.REMOVED)


def visible_to(viewer: User | None):
    """The condition for posts `viewer` may see: the shown ones, and held or rejected ones
    written by the viewer (every one, for moderators). Mirrors permissions.can_see_post."""
    kind = _kind(viewer)
    return _visible(kind, viewer.id if kind == "member" else None)


def _kind(viewer: User | None) -> str:
    if is_moderator(viewer):
        return "moderator"
    return "member" if viewer is not None and viewer.is_authenticated else "visitor"


def _visible(kind: str, viewer_id):
    """visible_to's condition for a kind of viewer; `viewer_id` a member's id, or a bound
    parameter for it."""
    if kind == "moderator":
        return Post.status != PostStatus.WITHDRAWN
    condition = Post.status.in_(SHOWN_STATUSES)
    if kind == "member":
        condition = condition | (
            (Post.author_id == viewer_id) & (Post.status != PostStatus.WITHDRAWN)
        )
    return condition


SORTS = {
    "oldest": (Post.id.asc(),),
    "helpful": (Post.score.desc(), Post.id.asc()),
    # The replies the story's author marked "This helped me" first, then the others, each
    # oldest first (never in the order they were marked: see Post.helped_author).
    "helped": (Post.helped_author.desc(), Post.id.asc()),
}


# An author as pages show them: never the password hash or the address with them.
AUTHOR_COLUMNS = (User.id, *(getattr(User, name) for name in SHOWN_USER_COLUMNS))


def with_author(relationship):
    """Load an author with the posts or threads, shown columns only."""
    return joinedload(relationship).load_only(*AUTHOR_COLUMNS)


def get_category_or_404(slug: str) -> Category:
    category = db.session.scalar(select(Category).where(Category.slug == slug))
    if category is None:
        abort(404)
    return category


def get_category_by_id(category_id: int) -> Category:
    category = db.session.get(Category, category_id)
    if category is None:
        abort(404)
    return category


def get_thread_or_404(public_id: str) -> Thread:
    thread = db.session.scalar(
        select(Thread)
        .where(Thread.public_id == public_id)
        .options(joinedload(Thread.category), with_author(Thread.author))
    )
    if thread is None:
        abort(404)
    return thread


# The thread page's statements are built once and run with their parameters: building one
# costs more than running it (see notify.services.member_with_header_counts).
_THREAD_AND_STAMPS = (
    select(Thread, PageStamps.epoch, PageStamps.shared)
    .join(PageStamps, PageStamps.id == 1)
    .where(Thread.public_id == bindparam("key"))
    .options(joinedload(Thread.category), with_author(Thread.author))
)


def get_thread_and_stamps_or_404(public_id: str) -> tuple[Thread, tuple]:
    """The thread as get_thread_or_404 loads it and, in the same query, the stamps its posts'
    cards are kept under (forum.pagecache.stamps, forum.threads.cards): (epoch, shared,
    version), read before any of its posts."""
    row = db.session.execute(_THREAD_AND_STAMPS, {"key": public_id}).first()
    if row is None:
        abort(404)
    thread, epoch, shared = row
    return thread, (epoch, shared, thread.version)


def get_post_or_404(
    public_id: str, viewer: User | None = None, *, check_author: bool = False
) -> Post:
    """The post with its thread and author: 404 unless `viewer` may see it; 403 if
    `check_author` and `viewer` did not write it."""
    post = db.session.scalar(Post.with_context().where(Post.public_id == public_id))
    if post is None or not can_see_post(viewer, post):
        abort(404)
    if check_author and (viewer is None or post.author_id != viewer.id):
        abort(403)
    return post


def categories_with_activity() -> list[tuple[Category, int, object]]:
    """Every category with its thread count and latest activity, in display order. The count
    is stored on the category and the latest activity is one step along
    ix_threads_category_last_activity, so the cost does not grow with the number of threads."""
    latest = (
        select(func.max(Thread.last_activity_at))
        .where(Thread.category_id == Category.id)
        .scalar_subquery()
    )
    stmt = select(Category, Category.thread_count, latest).order_by(Category.position, Category.id)
    return [tuple(row) for row in db.session.execute(stmt)]


def category_choices() -> list[SelectChoice]:
    rows = db.session.execute(select(Category.id, Category.name).order_by(Category.position))
    return [SelectChoice(category_id, name) for category_id, name in rows]


def of_opening_post(column):
    """`column` of each listed thread's opening post, as a correlated subquery."""
    return (
        select(column)
        .where(Post.thread_id == Thread.id, Post.is_opening)
        .order_by(Post.id)
        .limit(1)
        .scalar_subquery()
    )


def thread_list(category: Category | None = None) -> Select:
    """Threads by latest activity, each with its opening post's score.

    The score is a correlated subquery, not a join: the database then walks threads in
    index order and stops at the page's end, looking up one opening post per row (the first
    post of its thread in ix_posts_thread_listing), instead of joining every post first."""
    stmt = (
        select(Thread, of_opening_post(Post.score))
        .options(joinedload(Thread.category), with_author(Thread.author))
        .order_by(Thread.last_activity_at.desc(), Thread.id.desc())
    )
    if category is not None:
        stmt = stmt.where(Thread.category_id == category.id)
    return stmt


def thread_count(category: Category | None = None) -> Select:
    """How many threads `thread_list(category)` lists, from the categories' stored counts."""
    if category is not None:
        return select(Category.thread_count).where(Category.id == category.id)
    return select(func.coalesce(func.sum(Category.thread_count), 0))


_OPENING_POST = (
    select(Post)
    .where(Post.thread_id == bindparam("thread_id"), Post.is_opening)
    .options(with_author(Post.author))
    .order_by(Post.id)
    .limit(1)
)


def opening_post(thread: Thread) -> Post | None:
    """The story: the thread's first post, so the (thread_id, id) index finds it at once
    instead of reading every reply to test is_opening."""
    return db.session.scalar(_OPENING_POST, {"thread_id": thread.id})


def quotable_texts(thread: Thread, body_md: str) -> list[str]:
    """The published texts of ``thread`` that a reply's ``>`` quotes may reproduce without
    being checked for identifying details again: the story, and the posts the Quote button's
    headers name. Held and removed posts are not among them: a moderator may have removed a
    post for the very name a quote would repeat. No query when the reply quotes nothing."""
    if ">" not in body_md:
        return []
    quoted = {match["post"] for match in QUOTE_HEADER.finditer(body_md)}
    wanted = Post.is_opening
    if quoted:
        wanted = wanted | Post.public_id.in_(sorted(quoted))
    return list(
        db.session.scalars(
            select(Post.body_md)
            .where(Post.thread_id == thread.id, Post.status == PostStatus.PUBLISHED, wanted)
            .limit(len(quoted) + 1)
        )
    )


def thread_replies(thread: Thread, viewer: User | None, sort: str = "oldest") -> Select:
    stmt, _ = _replies(sort, _kind(viewer))
    return stmt.params(_reply_params(thread, viewer))


def replies_page(thread: Thread, viewer: User | None, sort: str, number: int, per_page: int):
    """One page of the thread's replies as `viewer` sees them (pagination.paginate), from
    statements built once per sort and kind of viewer."""
    stmt, count = _replies(sort, _kind(viewer))
    return paginate(stmt, number, per_page, count=count, params=_reply_params(thread, viewer))


_REPLIES: dict[tuple[str, str], tuple[Select, Select]] = {}


def _replies(sort: str, kind: str) -> tuple[Select, Select]:
    """The replies and their count, for a sort and kind of viewer, with the thread's and the
    viewer's ids as parameters."""
    if (sort, kind) not in _REPLIES:
        stmt = (
            select(Post)
            .where(
                Post.thread_id == bindparam("thread_id"),
                ~Post.is_opening,
                _visible(kind, bindparam("viewer_id")),
            )
            .options(with_author(Post.author))
            .order_by(*SORTS[sort])
        )
        _REPLIES[sort, kind] = (stmt, count_of(stmt))
    return _REPLIES[sort, kind]


def _reply_params(thread: Thread, viewer: User | None) -> dict:
    member = viewer is not None and viewer.is_authenticated
    return {"thread_id": thread.id, "viewer_id": viewer.id if member else None}


_IDS = bindparam("ids", expanding=True)
_VIEWER_MARKS = union_all(
    select(Vote.post_id, literal(True)).where(
        Vote.user_id == bindparam("viewer"), Vote.post_id.in_(_IDS)
    ),
    select(Report.post_id, literal(False)).where(
        Report.reporter_id == bindparam("viewer"),
        Report.post_id.in_(_IDS),
        Report.resolved_at.is_(None),
    ),
)


def viewer_marks(viewer: User | None, posts: list[Post]) -> tuple[set[int], set[int]]:
    """Which of `posts` the viewer found helpful, and which they reported (reports still
    open), in one query: (voted ids, reported ids)."""
    if viewer is None or not viewer.is_authenticated or not posts:
        return set(), set()
    marks: tuple[set[int], set[int]] = (set(), set())
    params = {"viewer": viewer.id, "ids": [p.id for p in posts]}
    for post_id, is_vote in db.session.execute(_VIEWER_MARKS, params):
        marks[0 if is_vote else 1].add(post_id)
    return marks


def reply_page_of(post: Post, viewer: User | None, per_page: int) -> int:
    """The page (oldest first) on which `post` appears in its thread for `viewer`."""
    if post.is_opening:
        return 1
    before = db.session.scalar(
        select(func.count())
        .select_from(Post)
        .where(
            Post.thread_id == post.thread_id,
            ~Post.is_opening,
            visible_to(viewer),
            Post.id < post.id,
        )
    )
    return before // per_page + 1


def posts_by(user: User) -> Select:
    """A member's published named posts, newest first, for their public profile."""
    return (
        select(Post)
        .where(Post.author_id == user.id, Post.status == PostStatus.PUBLISHED, ~Post.anonymous)
        .options(joinedload(Post.thread), joinedload(Post.author))
        .order_by(*NEWEST_FIRST)
    )


def own_posts(user: User) -> tuple[Select, Select]:
    """Every post of the member's, whatever became of it (published, held, hidden after a
    report, rejected, removed, deleted), newest first, for their private "My posts" page.

    Rows are (post, replies since): the published replies in its thread after it, as a
    correlated subquery along ix_posts_thread_listing, so a page costs one query however
    many posts it lists. Returns (rows, count)."""
    later = aliased(Post)
    replies_since = (
        select(func.count())
        .select_from(later)
        .where(
            later.thread_id == Post.thread_id,
            later.id > Post.id,
            ~later.is_opening,
            later.status == PostStatus.PUBLISHED,
        )
        .scalar_subquery()
    )
    stmt = (
        select(Post, replies_since)
        .where(Post.author_id == user.id)
        .options(joinedload(Post.thread), joinedload(Post.author))
        .order_by(*NEWEST_FIRST)
    )
    count = select(func.count()).select_from(Post).where(Post.author_id == user.id)
    return stmt, count


def named_posts_in_thread(post: Post) -> int:
    """How many named posts the writer of `post` has in its thread (published or deleted)."""
    return db.session.scalar(
        select(func.count())
        .select_from(Post)
        .where(
            Post.thread_id == post.thread_id,
            Post.author_id == post.author_id,
            ~Post.anonymous,
            Post.status.in_(SHOWN_STATUSES),
        )
    )
