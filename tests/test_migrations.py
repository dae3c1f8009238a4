"""The committed migrations build exactly the schema the models describe, on this engine."""

import os
import uuid

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from forum import MIGRATIONS_DIR, create_app
from forum.config import normalise_database_url
from forum.extensions import db
from forum.models import utcnow
from forum.search.schema import is_search_object


@pytest.fixture
def empty_database_url(tmp_path):
    """A database with no tables: a new SQLite file, or a new PostgreSQL database."""
    pg_url = os.environ.get("FORUM_TEST_DATABASE_URL")
    if not pg_url:
        yield "sqlite:///" + str(tmp_path / "migrations.sqlite3")
        return
    server, _, _ = normalise_database_url(pg_url).rpartition("/")
    name = f"debrief_migrations_{uuid.uuid4().hex[:12]}"
    plain = server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain + "/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield f"{server}/{name}"
    finally:
        with psycopg.connect(plain + "/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _usernames_are_unique_regardless_of_case():
    """Works on every revision: only the columns of the first one."""
    add = text(
        "INSERT INTO users (username, password_hash, role, created_at) "
        "VALUES (:name, 'x', 'member', :now)"
    )
    db.session.execute(add, {"name": "Ana", "now": utcnow()})
    with pytest.raises(IntegrityError):
        db.session.execute(add, {"name": "ana", "now": utcnow()})
    db.session.rollback()


def _revisions_newest_first() -> list[str]:
    return [revision.revision for revision in ScriptDirectory(MIGRATIONS_DIR).walk_revisions()]


# Neither engine's reflection reads expression indexes; the test checks that one by using it.
@pytest.mark.filterwarnings("ignore:.*expression-based index:UserWarning")
@pytest.mark.filterwarnings("ignore:.*expression-based index:sqlalchemy.exc.SAWarning")
def test_migrations_build_the_models_schema_and_tear_it_down(empty_database_url, tmp_path):
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": empty_database_url, "SECRET_KEY": "x"},
        instance_path=str(tmp_path / "inst"),
    )
    with app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            # The search index is not a model (forum/search/schema.py): its tables are
            # compared by test_search_index's own tests, not here.
            context = MigrationContext.configure(
                conn, opts={"include_name": lambda name, *_: not is_search_object(name)}
            )
            diff = compare_metadata(context, db.metadata)
        assert diff == []
        _usernames_are_unique_regardless_of_case()
        # Every step down and up again keeps that index (SQLite rebuilds tables to drop
        # columns, and a rebuild would lose an index it cannot reflect).
        for revision in _revisions_newest_first()[1:]:
            downgrade(revision=revision)
            _usernames_are_unique_regardless_of_case()
        upgrade()
        _usernames_are_unique_regardless_of_case()
        downgrade(revision="base")
        remaining = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
        assert remaining == set()
        db.engine.dispose()
    create_engine(empty_database_url).dispose()
