"""Statements run on every request are sent with the values the code fixes written into
their SQL (forum.prepared.constants_inline): only what differs between requests, such as the
member's id, is a parameter, so PostgreSQL plans each prepared statement once."""

from __future__ import annotations

import pytest
from sqlalchemy import bindparam, event, select

from forum.extensions import db
from forum.models import Post, PostStatus
from forum.prepared import constants_inline


@pytest.fixture
def sent(app):
    """Each statement sent to the database, with its parameters."""
    statements: list[tuple[str, object]] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    yield statements
    event.remove(db.engine, "before_cursor_execute", note)


def _values(parameters) -> list:
    return list(parameters.values() if isinstance(parameters, dict) else parameters)


def test_the_values_a_statement_was_built_with_are_written_into_its_sql(
    sent, make_thread, make_reply
):
    thread = make_thread()
    shown = make_reply(thread, body="Shown.")
    make_reply(thread, body="Withdrawn.").status = PostStatus.WITHDRAWN
    db.session.flush()
    built = (
        select(Post.id)
        .where(
            Post.thread_id == bindparam("thread_id"),
            ~Post.is_opening,
            Post.status.in_([PostStatus.PUBLISHED, PostStatus.DELETED]),
            Post.status != PostStatus.WITHDRAWN,
        )
        .order_by(Post.id)
        .limit(30)
        .offset(0)
    )
    stmt = constants_inline(built)
    params, shown_id = {"thread_id": thread.id}, shown.id
    sent.clear()
    assert db.session.scalars(stmt, params).all() == [shown_id]
    ((sql, parameters),) = _selects(sent)
    assert _values(parameters) == [params["thread_id"]]
    assert "'published'" in sql and "'withdrawn'" in sql and "LIMIT 30 OFFSET 0" in sql
    # The statement it was made from is left as it was.
    sent.clear()
    assert db.session.scalars(built, params).all() == [shown_id]
    ((sql, parameters),) = _selects(sent)
    assert len(_values(parameters)) == 6 and "'published'" not in sql


def _selects(sent) -> list[tuple[str, object]]:
    return [(sql, parameters) for sql, parameters in sent if sql.startswith("SELECT")]


def _others(sql: str, parameters, *wanted) -> list:
    """The values sent but those `wanted`, less SQLite's own: its dialect adds `OFFSET ?`
    (0) to a LIMIT."""
    others = [value for value in _values(parameters) if value not in wanted]
    return others[sql.count("OFFSET ?") :] if others == [0] * len(others) else others


def test_a_members_own_query_sends_only_their_id(sent, client, auth, make_user):
    member = make_user()
    auth.login(member)
    sent.clear()
    assert client.get("/").status_code == 200
    loaded = [(sql, params) for sql, params in sent if "password_hash" in sql]
    assert loaded and all(_others(sql, params, member.id) == [] for sql, params in loaded)
    assert all("'held'" in sql and "'watching'" in sql for sql, _ in loaded)


def test_a_thread_list_page_is_sent_without_parameters(
    sent, client, auth, make_user, make_thread, make_category
):
    category = make_category()
    make_thread(category=category)
    auth.login(make_user())
    for path in ("/", f"/c/{category.slug}", f"/c/{category.slug}?page=1"):
        sent.clear()
        assert client.get(path).status_code == 200
        listed = [(sql, params) for sql, params in sent if "FROM threads" in sql]
        listed = [(sql, params) for sql, params in listed if "LIMIT 25" in sql]
        assert len(listed) == 1 and _others(*listed[0]) == [], path
