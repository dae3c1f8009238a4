"""The moderation queue: held posts and posts with open reports, in one list, oldest first."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select, union_all

from ..extensions import db
from ..models import Post, PostStatus, Report, Role, User
from ..pagination import Page, paginate
from ..search.queries import matching_among
from ..search.syntax import Query
from ..sqltime import hour_of


@dataclass
class QueueItem:
    post: Post
    waiting_since: datetime
    reports: list[Report] = field(default_factory=list)


def _waiting():
    """(post_id, since) for every post that waits for a moderator."""
    reported = (
        select(Report.post_id.label("post_id"), func.min(Report.created_at).label("since"))
        .where(Report.resolved_at.is_(None))
        .group_by(Report.post_id)
    )
    held = select(Post.id.label("post_id"), Post.held_at.label("since")).where(
        Post.status == PostStatus.HELD
    )
    both = union_all(reported, held).subquery()
    return select(both.c.post_id, func.min(both.c.since).label("since")).group_by(both.c.post_id)


def queue_page(number: int, per_page: int, query: Query | None = None) -> Page:
    """One page of the queue, or of its items whose text matches `query` (search's syntax;
    held posts are not in the search index, so they are matched here, on the fly), each
    item with its post (thread and author loaded) and the post's open reports; three
    queries whatever the page holds, and two more for a search.

    Oldest hour first, and within an hour by the posts' random public ids: in the order of
    the minute, a writer's held replies in different threads would stand side by side, and
    the queue would tell which of them were written one after the other."""
    waiting = _waiting().subquery()
    stmt = (
        select(waiting.c.post_id, waiting.c.since)
        .join(Post, Post.id == waiting.c.post_id)
        .order_by(hour_of(waiting.c.since), Post.public_id)
    )
    if query is not None and query.problem is None:
        found = matching_among(query, select(waiting.c.post_id))
        stmt = stmt.where(waiting.c.post_id.in_(found))
    page = paginate(stmt, number, per_page, scalars=False)
    ids = [post_id for post_id, _ in page.items]
    posts = {
        post.id: post for post in db.session.scalars(Post.with_context().where(Post.id.in_(ids)))
    }
    reports = defaultdict(list)
    for report in db.session.scalars(
        select(Report)
        .where(Report.post_id.in_(ids), Report.resolved_at.is_(None))
        .order_by(Report.id)
    ):
        reports[report.post_id].append(report)
    items = [QueueItem(posts[i], since, reports[i]) for i, since in page.items if i in posts]
    return replace(page, items=items)


def queue_size() -> int:
    return db.session.scalar(select(func.count()).select_from(_waiting().subquery()))


WAITING_SHOWN = 99  # the header counts this far, then says "99+ waiting"


def waiting_expression(role):
    """The header's count of waiting items for a member whose role is the column or value
    `role`, as an SQL expression: the queue's items, counted up to WAITING_SHOWN + 1, for
    moderators and administrators; 0 for anyone else, whose query never runs the count
    (both engines evaluate a CASE branch only when it is taken). Loaded with the member on
    every request (see forum.notify.services.member_with_header_counts)."""
    items = _waiting().limit(WAITING_SHOWN + 1).subquery()
    count = select(func.count()).select_from(items).scalar_subquery()
    return case((role.in_((Role.MODERATOR, Role.ADMIN)), count), else_=0)


def next_item(moderator: User, after: str | None = None) -> Post | None:
    """The item the moderator decides next, in the queue's order: the first after the post
    whose public id is `after`, or the first of all when that post waits no longer (it was
    decided) or is the last; never that post itself, nor one of the moderator's own
    (another moderator decides those). Three queries at most."""
    waiting = _waiting().subquery()
    hour = hour_of(waiting.c.since)
    stmt = (
        select(Post)
        .join(waiting, waiting.c.post_id == Post.id)
        .where(Post.author_id != moderator.id)
        .order_by(hour, Post.public_id)
        .limit(1)
    )
    if after is None:
        return db.session.scalar(stmt)
    stmt = stmt.where(Post.public_id != after)
    place = db.session.execute(
        select(hour, Post.public_id)
        .join(Post, Post.id == waiting.c.post_id)
        .where(Post.public_id == after)
    ).first()
    if place is not None:
        later = or_(hour > place[0], and_(hour == place[0], Post.public_id > place[1]))
        found = db.session.scalar(stmt.where(later))
        if found is not None:
            return found
    return db.session.scalar(stmt)
