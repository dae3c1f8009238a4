"""PostgreSQL plans a statement once per connection, not once per request.

psycopg prepares a statement on the server after its fifth run on a connection, so that the
server no longer parses and plans it, and forgets every prepared statement at each ROLLBACK
(a rolled-back transaction may have dropped what they name). Every request that only read
ended in one: the session rolls back the transaction it leaves open. So nothing was ever
prepared, and every statement was planned again on every request.

A transaction that ran nothing but SELECTs changes nothing whether it ends in COMMIT or
ROLLBACK, so it ends in a COMMIT here and the prepared statements stay. A transaction that
ran anything else (INSERT, UPDATE, DELETE, a SAVEPOINT, DDL, a WITH) or whose statement
failed is rolled back as before.

A prepared statement is planned once for all its values (a generic plan) only when that plan
looks about as cheap as one made for the values at hand. A value the code fixes, such as a
post status, left as a parameter makes the generic plan guess: `status = $1` may be any
status, so a count of held posts looks like a scan of every post, and PostgreSQL plans the
statement anew each time. `constants_inline` writes such values into the SQL.
"""

from sqlalchemy import Connection, event
from sqlalchemy.engine import Engine
from sqlalchemy.sql import Executable, visitors
from sqlalchemy.sql.elements import BindParameter

_WROTE = "forum.prepared.wrote"  # in the connection's info: its transaction ran a non-SELECT


def _note_writes(conn: Connection, cursor, statement: str, parameters, context, executemany):
    if conn.dialect.name == "postgresql" and statement.lstrip()[:6].upper() != "SELECT":
        conn.info[_WROTE] = True


def _forget_writes(conn: Connection) -> None:
    conn.info.pop(_WROTE, None)


def _end_reads_with_commit(conn: Connection) -> None:
    """Before SQLAlchemy rolls back: commit a transaction that only read and is still sound,
    so that psycopg's rollback finds no transaction and keeps its prepared statements."""
    if conn.info.pop(_WROTE, False) or conn.dialect.name != "postgresql" or conn.invalidated:
        return
    driver = conn.connection.dbapi_connection
    if driver is not None and driver.info.transaction_status.name == "INTRANS":
        driver.commit()


def listen() -> None:
    """On every engine, once."""
    for name, listener in (
        ("before_cursor_execute", _note_writes),
        ("commit", _forget_writes),
        ("rollback", _end_reads_with_commit),
    ):
        if not event.contains(Engine, name, listener):
            event.listen(Engine, name, listener)


def constants_inline(stmt: Executable) -> Executable:
    """`stmt` with the values it was built with written into its SQL; only the parameters
    given when it runs (`bindparam("name")` without a value) are sent apart. For statements
    built once and run on every request: their text, and so their prepared statement, is
    the same each time."""

    def inline(element):
        if isinstance(element, BindParameter) and not element.required:
            # A copy keeps the parameter's kind: a LIMIT's, or an IN list's (expanding).
            constant = element._clone()
            constant.literal_execute = True
            return constant
        return None

    return visitors.replacement_traverse(stmt, {}, inline)
