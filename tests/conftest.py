"""Fixtures: an app over a real database (SQLite by default, PostgreSQL when
FORUM_TEST_DATABASE_URL is set), emptied between tests; a client; a login helper."""

from __future__ import annotations

import os
import socket
from contextlib import contextmanager

import pytest
from flask.testing import FlaskClient
from sqlalchemy import event, text

from forum import create_app, times
from forum.config import normalise_database_url
from forum.extensions import db
from forum.pagecache import stamps

pytest_plugins = ["tests.factories"]

POSTGRES_URL = os.environ.get("FORUM_TEST_DATABASE_URL")
REDIS_URL = "redis://127.0.0.1:6379/15"


def _redis_answers() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


# Tests against the real Redis: skipped where none answers, always run in CI.
needs_redis = pytest.mark.skipif(
    not _redis_answers() and not os.environ.get("CI"),
    reason="no Redis answers on 127.0.0.1:6379 (CI always runs this test)",
)
PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    if POSTGRES_URL:
        return normalise_database_url(POSTGRES_URL)
    return "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.sqlite3")


def _config(database_url: str, **overrides) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "WTF_CSRF_ENABLED": False,
        # Rate limits have their own tests (tests/test_rate_limits.py), which turn them on.
        "RATELIMIT_ENABLED": False,
        **overrides,
    }


@pytest.fixture(scope="session")
def _schema(database_url, tmp_path_factory):
    """Create the schema once per run; tests empty the tables instead of recreating them."""
    app = create_app(_config(database_url), instance_path=str(tmp_path_factory.mktemp("inst")))
    with app.app_context():
        db.drop_all()
        db.create_all()
        yield
        db.drop_all()
        db.engine.dispose()


def _empty_tables() -> None:
    # The page stamps' one row stays: it is created with the schema, as in a migration.
    tables = [t for t in reversed(db.metadata.sorted_tables) if t.name != "page_stamps"]
    if db.engine.dialect.name == "postgresql":
        names = ", ".join(t.name for t in tables)
        db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        for table in tables:
            db.session.execute(table.delete())
    db.session.commit()


@pytest.fixture
def make_app(database_url, _schema, tmp_path):
    """Build an app with config overrides; every app built here shares the test database."""
    built = []

    def make(**overrides):
        app = create_app(_config(database_url, **overrides), instance_path=str(tmp_path / "inst"))
        built.append(app)
        return app

    yield make
    for app in built:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def serving(app):
    """Yields `app` inside an app context for one test, and empties the tables after it (for
    `app` fixtures built with other settings: `yield from serving(make_app(...))`)."""
    with app.app_context():
        yield app
        db.session.rollback()
        _empty_tables()
        db.session.remove()


@pytest.fixture
def app(make_app):
    yield from serving(make_app())


class RequestPerContextClient(FlaskClient):
    """Runs each request in its own app context, so it gets its own database session, as
    in production, instead of sharing the test's session and identity map."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture
def client(app):
    app.test_client_class = RequestPerContextClient
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class Auth:
    def __init__(self, client):
        self.client = client

    def login(self, user, password: str = PASSWORD, **extra):
        response = self.client.post(
            "/login", data={"username": user.username, "password": password, **extra}
        )
        assert response.status_code == 302, "login failed"
        return response

    def logout(self):
        return self.client.post("/logout")


@pytest.fixture
def auth(client):
    return Auth(client)


@pytest.fixture
def frozen_minute(monkeypatch):
    """Pages and the page cache's keys measured from one minute: a request a moment after
    another reads the same and is served from the cache, even across a minute's end."""
    minute = times.page_now()
    monkeypatch.setattr(times, "page_now", lambda: minute)


@pytest.fixture
def count_queries(app):
    """`with count_queries() as statements:` collects every SQL statement run inside."""

    @contextmanager
    def counting():
        statements: list[str] = []

        def record(conn, cursor, statement, parameters, context, executemany):
            statements.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        stamps.listeners.append(statements.append)  # the page cache's own reads
        try:
            yield statements
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
            stamps.listeners.remove(statements.append)

    return counting
