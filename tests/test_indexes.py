"""Every list and lookup the pages run is served by an index, on both engines (EXPLAIN).

On SQLite, a plan line "SCAN <table>" without "USING … INDEX" reads the whole table, and "USE
TEMP B-TREE FOR ORDER BY" sorts it. PostgreSQL prefers sequential scans on tiny tables, so
the check turns them off (enable_seqscan) and then fails on any "Seq Scan" left: one that
remains means no index could serve the query."""

import re

import pytest
from sqlalchemy import func, select, text

from forum.extensions import db
from forum.models import Post, PostStatus, Report, Vote
from forum.moderation.queue import _waiting
from forum.pagination import _one_page
from forum.threads import queries


def _plan(stmt) -> str:
    dialect = db.engine.dialect
    compiled = stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    if dialect.name == "sqlite":
        rows = db.session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        return "\n".join(row[-1] for row in rows)
    db.session.execute(text("SET LOCAL enable_seqscan = off"))
    rows = db.session.execute(text(f"EXPLAIN {compiled}")).all()
    return "\n".join(row[0] for row in rows)


def _assert_indexed(plan: str, tables=("posts", "threads", "votes", "reports")):
    for table in tables:
        full_scan = re.search(
            rf"^(?:.*\b)?SCAN {table}\b(?!.*USING (?:COVERING )?INDEX)", plan, re.M
        )
        assert not full_scan, f"full scan of {table}:\n{plan}"
        assert f"Seq Scan on {table}" not in plan, plan
    assert "TEMP B-TREE FOR ORDER BY" not in plan, plan


@pytest.fixture
def world(make_user, make_thread, make_reply):
    member = make_user()
    thread = make_thread(replies=3)
    make_reply(thread, author=member)
    return {"member": member, "thread": thread}


def test_the_thread_lists_by_activity_use_an_index(app, world):
    _assert_indexed(_plan(queries.thread_list().limit(25)))
    category = queries.get_category_by_id(world["thread"].category_id)
    _assert_indexed(_plan(queries.thread_list(category).limit(25)))


def test_a_threads_replies_in_order_use_an_index(app, world):
    for sort in ("oldest",):
        stmt = queries.thread_replies(world["thread"], world["member"], sort).limit(30)
        _assert_indexed(_plan(stmt))


def test_votes_by_post_and_user_use_an_index(app, world):
    member = world["member"]
    stmt = select(Vote.post_id).where(Vote.user_id == member.id, Vote.post_id.in_([1, 2, 3]))
    _assert_indexed(_plan(stmt))
    _assert_indexed(_plan(select(Vote.id).where(Vote.post_id == 1)))


def test_a_members_posts_use_an_index(app, world):
    _assert_indexed(_plan(queries.posts_by(world["member"]).limit(30)))


def test_the_moderation_queue_uses_indexes_on_status_and_open_reports(app, world):
    held = select(Post.id).where(Post.status == PostStatus.HELD).order_by(Post.held_at)
    _assert_indexed(_plan(held))
    open_reports = select(Report.post_id).where(Report.resolved_at.is_(None))
    _assert_indexed(_plan(open_reports))
    _assert_indexed(_plan(_waiting()), tables=("posts", "reports"))


def test_counting_a_threads_replies_reads_only_the_index(app, world):
    replies = queries.thread_replies(world["thread"], world["member"])
    plan = _plan(select(func.count()).select_from(replies.order_by(None).subquery()))
    _assert_indexed(plan)
    if db.engine.dialect.name == "sqlite":  # PostgreSQL's choice depends on its visibility map
        assert "USING COVERING INDEX ix_posts_thread_listing" in plan, plan


def test_a_later_page_loads_and_joins_only_its_own_rows(app, world):
    replies = queries.thread_replies(world["thread"], world["member"])
    stmt = _one_page(replies, 3, 30, scalars=True)
    compiled = str(stmt.compile(compile_kwargs={"literal_binds": True}))
    outer, inner = compiled.split("posts.id IN (SELECT", 1)
    assert "OFFSET" not in outer and "LIMIT" not in outer
    assert "LIMIT 30 OFFSET 60" in inner and "JOIN" not in inner
    _assert_indexed(_plan(stmt))
    first = _one_page(replies, 1, 30, scalars=True)
    assert "posts.id IN (" not in str(first.compile(compile_kwargs={"literal_binds": True}))


def test_the_headers_count_reads_each_watched_threads_posts_by_the_thread_index(app, world):
    """Not every published post with a look-up of a watch for each (see
    forum.notify.services._mostly)."""
    from forum.notify.services import unread_expression

    plan = _plan(select(unread_expression(world["member"].id)))
    _assert_indexed(plan, tables=("posts", "watches", "notifications"))
    if db.engine.dialect.name == "sqlite":  # (PostgreSQL plans a few rows as it likes)
        assert "ix_posts_thread_listing" in plan and "ix_posts_status_held_at" not in plan, plan
