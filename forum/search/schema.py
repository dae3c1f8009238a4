"""The search index: a table beside `posts`, kept by triggers in the database.

It holds the published posts only, each with its thread's title when it opens the thread
(title weighted over body). Held, rejected, removed and deleted posts are not in it: a post
enters when it is published and leaves, in the same transaction, when it is removed,
deleted, held at a report or edited (then it enters again with its new text). Triggers keep
it whatever code writes the posts, services, moderation, account deletion or a migration.

- SQLite: an FTS5 table `post_search(title, body)` with its own copy of the text (so a row
  is deleted by rowid alone; an external-content table must be told the exact old text to
  forget it, and a wrong guess leaves words behind), tokenised `porter unicode61
  remove_diacritics 2`. From SQLite 3.44 its `secure-delete` option removes a deleted row's
  words from the index at once; before that they stay in the index's internal segments,
  never found or shown, until `purge()` rewrites the index (the worker does, every few
  minutes, when the triggers have counted text leaving it: see README, "Search").
- PostgreSQL: a table `post_search(post_id, vector)` with a GIN index, the vector built by
  `post_search_vector(title, body)` (title weight A, body weight B) under the text search
  configuration `debrief_english`: English stemming and stop words, accents removed.

Not a model: neither engine's table can be described to SQLAlchemy the same way, so
create_all (tests) and migration 0013 both call `create()`, and `drop()` undoes it.
A future migration that rebuilds `posts` or `threads` on SQLite (batch mode) drops these
triggers with the old table: call `create_triggers()` after it.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Connection, event

NAMES = ("post_search",)  # the table and, on SQLite, FTS5's shadow tables post_search_*
CONFIG = "debrief_english"
TOKENIZE = "porter unicode61 remove_diacritics 2"  # SQLite FTS5


def is_search_object(name: str | None) -> bool:
    """For Alembic's comparisons: the index's tables are not in the models' metadata."""
    return bool(name) and name.startswith(NAMES)


_SQLITE_TITLE = (
    "CASE WHEN new.is_opening THEN (SELECT title FROM threads WHERE id = new.thread_id) ELSE '' END"
)
_SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER post_search_insert AFTER INSERT ON posts
    WHEN new.status = 'published' BEGIN
      INSERT INTO post_search (rowid, title, body)
      VALUES (new.id, {_SQLITE_TITLE}, new.body_md);
    END""",
    """CREATE TRIGGER post_search_delete AFTER DELETE ON posts
    WHEN old.status = 'published' BEGIN
      DELETE FROM post_search WHERE rowid = old.id;
      UPDATE post_search_upkeep SET removed = removed + 1;
    END""",
    f"""CREATE TRIGGER post_search_update AFTER UPDATE OF status, body_md, is_opening, thread_id
    ON posts WHEN old.status = 'published' OR new.status = 'published' BEGIN
      DELETE FROM post_search WHERE rowid = old.id;
      UPDATE post_search_upkeep SET removed = removed + 1 WHERE old.status = 'published';
      INSERT INTO post_search (rowid, title, body)
      SELECT new.id, {_SQLITE_TITLE}, new.body_md WHERE new.status = 'published';
    END""",
    """CREATE TRIGGER post_search_title AFTER UPDATE OF title ON threads BEGIN
      DELETE FROM post_search WHERE rowid IN (
        SELECT id FROM posts WHERE thread_id = new.id AND is_opening AND status = 'published');
      UPDATE post_search_upkeep SET removed = removed + 1;
      INSERT INTO post_search (rowid, title, body)
      SELECT id, new.title, body_md FROM posts
      WHERE thread_id = new.id AND is_opening AND status = 'published';
    END""",
]

# PostgreSQL's parser keeps "24/7", "0.5", "a@b.org" as one word, and "co-amoxiclav" as
# one word and then its parts (so a phrase around it loses its positions); FTS5 splits them
# all. Splitting them first makes both engines find the same words and phrases.
# (syntax.py reads a query the same way: only runs of letters and digits are words).
_SPLIT = "/.@-"


def _split(text: str) -> str:
    return f"translate({text}, '{_SPLIT}', '{' ' * len(_SPLIT)}')"


_PG_SETUP = [
    # unaccent is a trusted extension: the database's owner may create it.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"""DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN
        CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION {CONFIG}
          ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
      END IF;
    END $$""",
    """CREATE TABLE post_search (
      post_id integer PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
      vector tsvector NOT NULL
    )""",
    "CREATE INDEX ix_post_search_vector ON post_search USING gin (vector)",
    f"""CREATE FUNCTION post_search_vector(title text, body text) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
      SELECT setweight(to_tsvector('{CONFIG}', {_split("coalesce(title, '')")}), 'A')
          || setweight(to_tsvector('{CONFIG}', {_split("body")}), 'B')
    $$""",
]
_PG_TRIGGERS = [
    """CREATE FUNCTION post_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        DELETE FROM post_search WHERE post_id = OLD.id;
      END IF;
      IF NEW.status = 'published' THEN
        INSERT INTO post_search (post_id, vector)
        SELECT NEW.id, post_search_vector(CASE WHEN NEW.is_opening THEN t.title END, NEW.body_md)
        FROM threads t WHERE t.id = NEW.thread_id;
      END IF;
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER post_search_insert AFTER INSERT ON posts
    FOR EACH ROW WHEN (NEW.status = 'published') EXECUTE FUNCTION post_search_sync()""",
    """CREATE TRIGGER post_search_update AFTER UPDATE OF status, body_md, is_opening, thread_id
    ON posts FOR EACH ROW WHEN (
      OLD.status IS DISTINCT FROM NEW.status OR OLD.body_md IS DISTINCT FROM NEW.body_md
      OR OLD.is_opening IS DISTINCT FROM NEW.is_opening
      OR OLD.thread_id IS DISTINCT FROM NEW.thread_id
    ) EXECUTE FUNCTION post_search_sync()""",
    """CREATE FUNCTION post_search_title() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE post_search s SET vector = post_search_vector(NEW.title, p.body_md)
      FROM posts p
      WHERE p.thread_id = NEW.id AND p.is_opening AND p.status = 'published'
        AND s.post_id = p.id;
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER post_search_title AFTER UPDATE OF title ON threads
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)
    EXECUTE FUNCTION post_search_title()""",
]


def secure_delete_available() -> bool:
    """FTS5's `secure-delete` option arrived in SQLite 3.44."""
    return sqlite3.sqlite_version_info >= (3, 44)


def create(conn: Connection) -> None:
    """The index, its triggers, and every published post already written put into it."""
    if conn.dialect.name == "postgresql":
        for statement in _PG_SETUP:
            conn.exec_driver_sql(statement)
    else:
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE post_search USING fts5(title, body, tokenize = '{TOKENIZE}')"
        )
        if secure_delete_available():
            conn.exec_driver_sql(
                "INSERT INTO post_search (post_search, rank) VALUES ('secure-delete', 1)"
            )
        # How many times text left the index since it was last rewritten (see purge()).
        conn.exec_driver_sql(
            "CREATE TABLE post_search_upkeep (id INTEGER PRIMARY KEY CHECK (id = 1), "
            "removed INTEGER NOT NULL)"
        )
        conn.exec_driver_sql("INSERT INTO post_search_upkeep (id, removed) VALUES (1, 0)")
    create_triggers(conn)
    fill(conn)


def create_triggers(conn: Connection) -> None:
    for statement in _PG_TRIGGERS if conn.dialect.name == "postgresql" else _SQLITE_TRIGGERS:
        conn.exec_driver_sql(statement)


def drop(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        for statement in (
            "DROP TRIGGER IF EXISTS post_search_title ON threads",
            "DROP FUNCTION IF EXISTS post_search_title()",
            "DROP TABLE IF EXISTS post_search",  # its triggers on posts go with posts below
            "DROP TRIGGER IF EXISTS post_search_insert ON posts",
            "DROP TRIGGER IF EXISTS post_search_update ON posts",
            "DROP FUNCTION IF EXISTS post_search_sync()",
            "DROP FUNCTION IF EXISTS post_search_vector(text, text)",
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}",
        ):
            conn.exec_driver_sql(statement)
        return
    for trigger in ("insert", "delete", "update", "title"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS post_search_{trigger}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS post_search")
    conn.exec_driver_sql("DROP TABLE IF EXISTS post_search_upkeep")


def fill(conn: Connection, progress=None, batch: int = 50_000) -> int:
    """Empty the index and put every published post in it again, `batch` post ids at a
    time, calling `progress(done, last_id, max_id)` after each; returns how many."""
    postgres = conn.dialect.name == "postgresql"
    conn.exec_driver_sql("DELETE FROM post_search")
    insert = (
        "INSERT INTO post_search (post_id, vector) SELECT p.id, "
        "post_search_vector(CASE WHEN p.is_opening THEN t.title END, p.body_md)"
        if postgres
        else "INSERT INTO post_search (rowid, title, body) SELECT p.id, "
        "CASE WHEN p.is_opening THEN t.title ELSE '' END, p.body_md"
    )
    insert += (
        " FROM posts p JOIN threads t ON t.id = p.thread_id"
        " WHERE p.status = 'published' AND p.id > %(low)s AND p.id <= %(high)s"
    )
    if not postgres:
        insert = insert.replace("%(low)s", "?").replace("%(high)s", "?")
    last = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM posts").scalar_one()
    done = 0
    for low in range(0, last, batch):
        high = min(low + batch, last)
        params = {"low": low, "high": high} if postgres else (low, high)
        done += conn.exec_driver_sql(insert, params).rowcount
        if progress:
            progress(done, high, last)
    optimize(conn)
    return done


def optimize(conn: Connection) -> None:
    """Rewrite the index in one piece: on SQLite this is what drops the words of deleted rows
    from its segments when secure-delete is not available. PostgreSQL's VACUUM does the same
    for dead rows; it runs on its own (autovacuum), not here."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO post_search (post_search) VALUES ('optimize')")
        conn.exec_driver_sql("UPDATE post_search_upkeep SET removed = 0")  # all purged


def purge(conn: Connection) -> int:
    """On SQLite without secure-delete: if text left the index since the last rewrite,
    rewrite it (optimize) so the words of removed, deleted and edited text are gone from
    the file too. Returns how many removals that purged (0: nothing to do)."""
    if conn.dialect.name != "sqlite" or secure_delete_available():
        return 0
    removed = conn.exec_driver_sql("SELECT removed FROM post_search_upkeep").scalar_one()
    if removed:
        optimize(conn)
    return removed


def listen(posts_table) -> None:
    """Create and drop the index with the tables (create_all and drop_all, as in tests)."""
    event.listen(posts_table, "after_create", lambda _t, conn, **_: create(conn))
    event.listen(posts_table, "before_drop", lambda _t, conn, **_: drop(conn))
