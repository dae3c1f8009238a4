"""PostgreSQL keeps a connection's prepared statements across transactions that only read
(forum.prepared): psycopg prepares a statement after its fifth run and forgets them all at
every ROLLBACK, which ended every request that only read."""

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from forum.extensions import db
from forum.models import User


@pytest.fixture(autouse=True)
def _postgresql_only(app):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("psycopg's prepared statements: PostgreSQL only (CI runs the suite on it)")


def _prepared(conn) -> int:
    return conn.exec_driver_sql("SELECT count(*) FROM pg_prepared_statements").scalar()


def _read_six_times(conn) -> None:
    for _ in range(6):
        conn.execute(select(User.id).where(User.username == "nobody")).all()
        conn.rollback()


def test_a_statement_run_in_transactions_that_only_read_stays_prepared():
    with db.engine.connect() as conn:
        _read_six_times(conn)
        assert _prepared(conn) >= 1


def test_a_transaction_that_wrote_is_rolled_back_all_the_same(make_user):
    user = make_user(profession="Nurse")
    with db.engine.connect() as conn:
        conn.execute(update(User).where(User.id == user.id).values(profession="Changed"))
        conn.rollback()
        assert conn.scalar(select(User.profession).where(User.id == user.id)) == "Nurse"


def test_a_transaction_with_a_failed_statement_is_rolled_back_and_the_connection_reused():
    with db.engine.connect() as conn:
        with pytest.raises(DBAPIError):
            conn.execute(text("SELECT 1 / 0"))
        conn.rollback()
        assert conn.scalar(text("SELECT 2")) == 2


def test_a_member_reading_pages_leaves_the_pages_statements_prepared(
    client, auth, make_thread, make_user
):
    """The pool gives the same connection back to one request after another here."""
    thread = make_thread(replies=2)
    auth.login(make_user())
    for _ in range(6):
        assert client.get(f"/t/{thread.public_id}").status_code == 200
    db.session.remove()
    with db.engine.connect() as conn:
        assert _prepared(conn) >= 5
