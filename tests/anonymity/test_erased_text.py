"""Erased text is gone from the database file itself, not only from every page: a post its
writer deletes, one a moderator removes, the old text of a moderator's edit, and the posts
of an account deleted with "erase". SQLite keeps a deleted row's bytes in the page's free
space unless `PRAGMA secure_delete` is on (forum/__init.py turns it on), so the test reads
the file's bytes after a checkpoint. PostgreSQL keeps dead row versions until VACUUM: the
README says so, and this test does not run there.

The search index forgets a post in the same transaction (it is never found again), but
SQLite before 3.44 keeps its words in the index's segments until the index is rewritten:
the worker does that every SEARCH_PURGE_SECONDS when text has left the index, so these
tests read the file after that step (`purge_search_index`)."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from forum.auth import ownership
from forum.extensions import db
from forum.models import Role
from forum.moderation import posts as moderation
from forum.notify.worker import purge_search_index
from forum.search import queries, syntax
from forum.search.schema import secure_delete_available
from forum.threads import services

PASSWORD = "correct horse battery"  # tests/factories.py gives every member this one


@pytest.fixture
def database_file(app) -> Path:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("reads the SQLite database file")
    return Path(db.engine.url.database)


def _marker() -> str:
    # Letters only, so the identifying-details check and the guard see an ordinary word.
    return "zq" + "".join(chr(ord("a") + int(c, 16) % 26) for c in uuid.uuid4().hex[:12])


def _bytes_of(database_file: Path) -> bytes:
    """The database file's bytes and its write-ahead log's, after the worker's search index
    upkeep and a checkpoint. Read by
    another process: closing a file descriptor of the database in this one would drop
    every lock SQLite holds on it here (POSIX locks are per process), and later tests
    would meet "disk I/O error"."""
    db.session.remove()
    purge_search_index()
    with db.engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    paths = [database_file, database_file.with_name(database_file.name + "-wal")]
    existing = [str(path) for path in paths if path.exists()]  # stat opens no descriptor
    return subprocess.run(["cat", *existing], capture_output=True, check=True).stdout


@pytest.fixture
def moderator(make_user):
    return make_user(username="erasing.moderator", role=Role.MODERATOR)


def test_a_post_its_writer_deletes_leaves_no_bytes_of_its_text(
    database_file, make_thread, make_reply
):
    secret = _marker()
    reply = make_reply(make_thread(), body=f"The patient was {secret} and I missed it.")
    assert secret.encode() in _bytes_of(database_file)
    assert services.delete_post(db.session.merge(reply))
    assert secret.encode() not in _bytes_of(database_file)


def test_a_post_a_moderator_removes_leaves_no_bytes_of_its_text(
    database_file, make_thread, make_reply, moderator
):
    secret = _marker()
    reply = make_reply(make_thread(), body=f"Ask for {secret} on ward nine.")
    assert moderation.remove(db.session.merge(reply), moderator, "Names a patient.")
    assert secret.encode() not in _bytes_of(database_file)


def test_a_moderators_edit_leaves_no_bytes_of_the_text_it_took_out(
    database_file, make_thread, make_reply, moderator
):
    secret = _marker()
    reply = make_reply(make_thread(), body=f"It was {secret}. The rest of my story stays.")
    edited = "It was a patient. The rest of my story stays."
    assert moderation.edit(db.session.merge(reply), moderator, edited, "Took out a name.")
    assert secret.encode() not in _bytes_of(database_file)


def test_an_account_deleted_with_erase_leaves_no_bytes_of_its_posts(
    database_file, make_user, make_thread, make_reply
):
    secret = _marker()
    writer = make_user(username="leaving.writer")
    make_reply(make_thread(), author=writer, body=f"My story of {secret}.")
    assert ownership.delete_account(
        db.session.merge(writer), password=PASSWORD, posts=ownership.PostsChoice.ERASE
    )
    assert secret.encode() not in _bytes_of(database_file)


def test_removed_text_is_not_found_at_once_and_its_words_leave_the_index_at_the_upkeep(
    database_file, make_thread, make_reply, moderator
):
    secret = _marker()
    reply = make_reply(make_thread(), body=f"Ask for {secret} on ward nine.")

    def found() -> int:
        return queries.search(syntax.parse(secret), queries.Filters(), 1, None).page.total

    assert found() == 1
    assert moderation.remove(db.session.merge(reply), moderator, "Names a patient.")
    assert found() == 0  # the same transaction took it out of the index
    if not secure_delete_available():  # SQLite 3.44 and later forget the words at once
        assert purge_search_index() >= 1
    assert secret.encode() not in _bytes_of(database_file)
    assert purge_search_index() == 0  # nothing left to purge: the next round does nothing
