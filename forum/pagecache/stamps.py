"""Version stamps of what visitor pages show, kept by triggers in the database.

A cached page is keyed by the stamps of everything it shows, so a write makes its old copy
unreachable in the same transaction that makes the change:

- `threads.version`: the thread and its posts (a reply, an edit, a vote's score, a removal,
  a moderator's edit, a lock, a move, make-anonymous…). Thread pages and single posts.
- `page_stamps.lists`: any thread or post anywhere. The front page, category pages,
  profiles and feeds.
- `page_stamps.shared`: what every page may show beside them: members' names, professions
  and tombstones, categories' names. Every page.
- `page_stamps.epoch`: random, set when the table is made, so two databases (a test's, a
  restored copy) never share keys in one cache.

Triggers, not service code: every writer bumps the stamps, services, moderation, account
deletion, `forum` commands and migrations alike, and no new write path can forget to.
Posts and threads bump on any change; users and categories only when a column pages show
changes (`USER_COLUMNS_SHOWN`, `CATEGORY_COLUMNS_SHOWN`), so that a member's notices, mail
settings or logout do not empty the cache. tests/pagecache check that every column is
classified. A migration that rebuilds one of these tables on SQLite (batch mode) drops
these triggers with it: call `create_triggers()` after it.
"""

from __future__ import annotations

import os
import secrets
import threading
from contextlib import contextmanager, suppress

from sqlalchemy import Connection, bindparam, event, select, update

from ..extensions import db
from ..models import SHOWN_USER_COLUMNS, PageStamps, Post, Thread

# Users' columns a page shows (author labels, profiles); a change to any of them bumps
# `shared`. Every other column is listed in USER_COLUMNS_PRIVATE.
USER_COLUMNS_SHOWN = SHOWN_USER_COLUMNS
USER_COLUMNS_PRIVATE = (
    "id", "password_hash", "role", "email", "suspended_until", "suspension_reason",
    "premoderated_until", "open_notices", "session_generation", "auto_watch",
    "email_confirmed_at", "email_bounced_at", "email_bounce_reason", "last_digest_at",
    "mail_reply", "mail_quote", "mail_helpful", "mail_held", "mail_moderation",
)  # fmt: skip
# thread_count is kept with every new or moved thread, which bumps `lists` already.
CATEGORY_COLUMNS_SHOWN = ("slug", "name", "description", "position")
CATEGORY_COLUMNS_PRIVATE = ("id", "thread_count")

_BUMP_LISTS = "UPDATE page_stamps SET lists = lists + 1"
_BUMP_SHARED = "UPDATE page_stamps SET shared = shared + 1"


def _changed(columns, distinct: str) -> str:
    return " OR ".join(f"old.{c} {distinct} new.{c}" for c in columns)


_SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER page_stamps_post_insert AFTER INSERT ON posts BEGIN
      UPDATE threads SET version = version + 1 WHERE id = new.thread_id; {_BUMP_LISTS};
    END""",
    f"""CREATE TRIGGER page_stamps_post_update AFTER UPDATE ON posts BEGIN
      UPDATE threads SET version = version + 1 WHERE id IN (old.thread_id, new.thread_id);
      {_BUMP_LISTS};
    END""",
    f"""CREATE TRIGGER page_stamps_post_delete AFTER DELETE ON posts BEGIN
      UPDATE threads SET version = version + 1 WHERE id = old.thread_id; {_BUMP_LISTS};
    END""",
    # The WHEN leaves out the posts' own bump of the version (and its own update below).
    f"""CREATE TRIGGER page_stamps_thread_update AFTER UPDATE ON threads
    WHEN new.version = old.version BEGIN
      UPDATE threads SET version = version + 1 WHERE id = new.id; {_BUMP_LISTS};
    END""",
    f"CREATE TRIGGER page_stamps_thread_insert AFTER INSERT ON threads BEGIN {_BUMP_LISTS}; END",
    f"CREATE TRIGGER page_stamps_thread_delete AFTER DELETE ON threads BEGIN {_BUMP_LISTS}; END",
    f"""CREATE TRIGGER page_stamps_user_update AFTER UPDATE ON users
    WHEN {_changed(USER_COLUMNS_SHOWN, "IS NOT")} BEGIN {_BUMP_SHARED}; END""",
    f"CREATE TRIGGER page_stamps_user_delete AFTER DELETE ON users BEGIN {_BUMP_SHARED}; END",
    f"""CREATE TRIGGER page_stamps_category_update AFTER UPDATE ON categories
    WHEN {_changed(CATEGORY_COLUMNS_SHOWN, "IS NOT")} BEGIN {_BUMP_SHARED}; END""",
    f"""CREATE TRIGGER page_stamps_category_insert AFTER INSERT ON categories BEGIN
      {_BUMP_SHARED}; END""",
    f"""CREATE TRIGGER page_stamps_category_delete AFTER DELETE ON categories BEGIN
      {_BUMP_SHARED}; END""",
]

# On PostgreSQL the shared row is bumped at commit (constraint triggers, deferred): a write
# takes its lock last and holds it an instant, so two writers never wait on each other
# holding it (a reply locks its thread, a vote its post, both the row).
_PG_TRIGGERS = [
    """CREATE FUNCTION page_stamps_post() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        UPDATE threads SET version = version + 1 WHERE id = OLD.thread_id;
      END IF;
      IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.thread_id <> OLD.thread_id) THEN
        UPDATE threads SET version = version + 1 WHERE id = NEW.thread_id;
      END IF;
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER page_stamps_post AFTER INSERT OR UPDATE OR DELETE ON posts
    FOR EACH ROW EXECUTE FUNCTION page_stamps_post()""",
    # The WHEN leaves out the posts' own bump of the version.
    """CREATE FUNCTION page_stamps_thread() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$""",
    """CREATE TRIGGER page_stamps_thread_update BEFORE UPDATE ON threads
    FOR EACH ROW WHEN (NEW.version = OLD.version) EXECUTE FUNCTION page_stamps_thread()""",
    f"""CREATE FUNCTION page_stamps_lists() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN {_BUMP_LISTS}; RETURN NULL; END $$""",
    f"""CREATE FUNCTION page_stamps_shared() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN {_BUMP_SHARED}; RETURN NULL; END $$""",
    *(
        f"""CREATE CONSTRAINT TRIGGER page_stamps_{name} AFTER {events} ON {table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW {when} EXECUTE FUNCTION page_stamps_{stamp}()"""
        for name, events, table, when, stamp in (
            ("post_lists", "INSERT OR UPDATE OR DELETE", "posts", "", "lists"),
            ("thread_lists", "INSERT OR UPDATE OR DELETE", "threads", "", "lists"),
            (
                "user_update",
                "UPDATE",
                "users",
                f"WHEN ({_changed(USER_COLUMNS_SHOWN, 'IS DISTINCT FROM')})",
                "shared",
            ),
            ("user_delete", "DELETE", "users", "", "shared"),
            (
                "category_update",
                "UPDATE",
                "categories",
                f"WHEN ({_changed(CATEGORY_COLUMNS_SHOWN, 'IS DISTINCT FROM')})",
                "shared",
            ),
            ("category_insert_delete", "INSERT OR DELETE", "categories", "", "shared"),
        )
    ),
]

_PG_DROP = [
    *(
        f"DROP TRIGGER IF EXISTS page_stamps_{name} ON {table}"
        for name, table in (
            ("post", "posts"),
            ("post_lists", "posts"),
            ("thread_update", "threads"),
            ("thread_lists", "threads"),
            ("user_update", "users"),
            ("user_delete", "users"),
            ("category_update", "categories"),
            ("category_insert_delete", "categories"),
        )
    ),
    *(f"DROP FUNCTION IF EXISTS page_stamps_{f}()" for f in ("post", "thread", "lists", "shared")),
]


def create(conn: Connection) -> None:
    """The stamps' one row (with a new epoch) and the triggers that keep it."""
    conn.execute(
        PageStamps.__table__.insert().values(id=1, epoch=secrets.token_hex(8), lists=0, shared=0)
    )
    create_triggers(conn)


def create_triggers(conn: Connection) -> None:
    for statement in _PG_TRIGGERS if conn.dialect.name == "postgresql" else _SQLITE_TRIGGERS:
        conn.exec_driver_sql(statement)


def drop_triggers(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        for statement in _PG_DROP:
            conn.exec_driver_sql(statement)
        return
    for statement in _SQLITE_TRIGGERS:
        name = statement.split()[2]
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


@contextmanager
def suspended(conn: Connection):
    """No stamps kept during a bulk load (`forum seed-bench`), then a new epoch: every page
    cached before it is unreachable."""
    drop_triggers(conn)
    conn.commit()
    try:
        yield
    finally:
        conn.rollback()
        create_triggers(conn)
        new_epoch(conn)
        conn.commit()


def new_epoch(conn: Connection) -> None:
    """A new epoch: no page cached before can be reached (`forum cache-reset`). Needed when
    the stamps go back, as they do when a backup is restored."""
    conn.execute(update(PageStamps).values(epoch=secrets.token_hex(8)))


def listen() -> None:
    """Create the row and the triggers with the tables (create_all, as in tests); drop the
    triggers' functions before the tables go (drop_all)."""
    table = PageStamps.__table__
    event.listen(table.metadata, "after_create", lambda _m, conn, **_: create(conn))
    event.listen(table.metadata, "before_drop", lambda _m, conn, **_: drop_triggers(conn))


# --- reading -----------------------------------------------------------------------------
# A cached page costs one query, read with the driver's own cursor on a connection each
# thread keeps in autocommit: through the session it cost twice the rest of the request
# (a transaction begun and ended, the statement's execution context). Autocommit reads see
# every committed write, and the stamps are read before the page, so a page rendered after
# them is never older than they say.

_t = PageStamps.__table__.c
_threads, _posts = Thread.__table__, Post.__table__
_LISTS = select(_t.epoch, _t.lists, _t.shared).where(_t.id == 1)
_THREAD = (
    select(_t.epoch, _t.shared, _threads.c.version)
    .select_from(PageStamps.__table__)
    .join(_threads, _threads.c.public_id == bindparam("key"))
    .where(_t.id == 1)
)
_POST = (
    select(_t.epoch, _t.shared, _threads.c.version)
    .select_from(PageStamps.__table__)
    .join(_posts, _posts.c.public_id == bindparam("key"))
    .join(_threads, _threads.c.id == _posts.c.thread_id)
    .where(_t.id == 1)
)


class _Closing:
    """A connection taken out of the pool, closed when it is dropped: when the thread that
    held it ends, its attributes go (and psycopg warns of a connection left open). Never in
    another process, whose copy of the socket is the parent's."""

    def __init__(self, driver):
        self.driver, self.pid = driver, os.getpid()

    def close(self) -> None:
        if self.pid == os.getpid():
            with suppress(Exception):  # closed already, or the server gone
                self.driver.close()
        self.pid = None

    __del__ = close


class _Reader(threading.local):
    """This thread's connection for reading stamps, of the current app's engine (one at a
    time: tests build many apps), opened again in a new process or after an error."""

    engine = closing = pid = None
    statements: dict = {}

    def first(self, stmt, key: str | None) -> tuple | None:
        for attempt in (1, 2):
            if self.engine is not db.engine or self.pid != os.getpid():
                self._open(db.engine)
            sql, names, defaults = self.statements[stmt]
            params = {**defaults, "key": key}
            for listener in listeners:
                listener(sql)
            try:
                cursor = self.closing.driver.cursor()
                if isinstance(names, tuple):
                    cursor.execute(sql, [params[name] for name in names])
                else:
                    cursor.execute(sql, params)
                row = cursor.fetchone()
                cursor.close()
            except self.engine.dialect.loaded_dbapi.Error:
                self._close()  # a server restarted, a file replaced: once more, anew
                if attempt == 2:
                    raise
                continue
            return tuple(row) if row else None

    def _open(self, engine) -> None:
        self._close()
        connection = engine.raw_connection()  # through the pool: SQLite's pragmas are set
        driver = connection.driver_connection
        # Out of the pool for good: in autocommit it must never serve a session, and a thread
        # that ends (the development server ends one per request) drops it with itself.
        connection.detach()
        if engine.dialect.name == "sqlite":
            driver.isolation_level = None
        else:
            driver.autocommit = True
        self.engine, self.pid, self.closing = engine, os.getpid(), _Closing(driver)
        self.statements = {}
        for stmt in (_LISTS, _THREAD, _POST):
            compiled = stmt.compile(dialect=engine.dialect)
            positional = compiled.positiontup if compiled.positional else None
            names = tuple(positional) if positional else None
            self.statements[stmt] = (str(compiled), names, compiled.params)

    def _close(self) -> None:
        if self.closing is not None:
            self.closing.close()
        self.engine = self.closing = self.pid = None


_reader = _Reader()
# Called with each statement the reader runs, as SQLAlchemy's before_cursor_execute would
# be: the tests and `make bench` count a page's queries with it.
listeners: list = []


def _first(stmt, key: str | None = None) -> tuple | None:
    return _reader.first(stmt, key)


def of_lists() -> tuple | None:
    """The stamps of a page that lists threads or posts: (epoch, lists, shared)."""
    return _first(_LISTS)


def of_thread(public_id: str) -> tuple | None:
    """The stamps of a thread's pages: (epoch, shared, thread version), or None when there
    is no such thread (the page will say so, uncached)."""
    return _first(_THREAD, public_id)


def of_post(public_id: str) -> tuple | None:
    """The stamps of a single post's page: those of its thread."""
    return _first(_POST, public_id)
