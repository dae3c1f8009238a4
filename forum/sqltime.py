"""Times in SQL, the same on SQLite and PostgreSQL."""

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from .models import Post


class hour_of(FunctionElement):  # noqa: N801 (an SQL function)
    """The hour a time falls in, as text that sorts like the time ("2026-12-05 14")."""

    type = String()
    inherit_cache = True


@compiles(hour_of)
def _hour_of_postgresql(element, compiler, **kw):
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-DD HH24')"


@compiles(hour_of, "sqlite")
def _hour_of_sqlite(element, compiler, **kw):
    return f"strftime('%Y-%m-%d %H', {compiler.process(element.clauses, **kw)})"


# A member's posts by the time they were written, newest first. Not by id: ids follow the
# order rows were inserted, which is not always the order of writing (imported and seeded
# posts carry their own times), and a list by id then reads 5, 6, 9 days ago, then 1.
NEWEST_FIRST = (Post.created_at.desc(), Post.id.desc())
