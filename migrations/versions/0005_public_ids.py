"""public ids: threads and posts are addressed by a random id, never by their database id

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

Database ids are one global sequence: in a URL they tell in which order a writer's named and
anonymous posts were written across threads. Every thread and post gets a random public id,
and the quote links stored in posts' text (`/p/<database id>`) are rewritten to it, in the
Markdown and in the rendered HTML alike, so no old id stays in a page.
"""
import base64
import re
import secrets

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

BATCH = 5000
# A link to a post by database id, in Markdown "](/p/12)" or HTML href="/p/12".
OLD_LINK = re.compile(r"/p/(\d+)(?=[)\"'#?\s])")


def _public_id() -> str:
    # The same as forum.models.new_public_id, copied so the migration stays as it was written.
    return base64.b32encode(secrets.token_bytes(8)).decode()[:12].lower()


def _fill(conn, table: str) -> dict[int, str]:
    ids = {}
    rows = conn.execute(sa.text(f"SELECT id FROM {table} ORDER BY id")).scalars().all()
    for start in range(0, len(rows), BATCH):
        batch = [{"id": row_id, "p": _public_id()} for row_id in rows[start : start + BATCH]]
        conn.execute(sa.text(f"UPDATE {table} SET public_id = :p WHERE id = :id"), batch)
        ids.update((row["id"], row["p"]) for row in batch)
    return ids


def _rewrite_links(conn, post_ids: dict[int, str]) -> None:
    def swap(match):
        public = post_ids.get(int(match[1]))
        return f"/p/{public}" if public else match[0]

    rows = conn.execute(
        sa.text("SELECT id, body_md, body_html FROM posts WHERE body_md LIKE '%/p/%'")
    ).all()
    for row_id, body_md, body_html in rows:
        md, html = OLD_LINK.sub(swap, body_md), OLD_LINK.sub(swap, body_html)
        if (md, html) != (body_md, body_html):
            conn.execute(
                sa.text("UPDATE posts SET body_md = :md, body_html = :html WHERE id = :id"),
                {"md": md, "html": html, "id": row_id},
            )


def upgrade():
    for table in ('threads', 'posts'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('public_id', sa.String(length=12), nullable=True))
    conn = op.get_bind()
    _fill(conn, 'threads')
    _rewrite_links(conn, _fill(conn, 'posts'))
    for table in ('threads', 'posts'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('public_id', existing_type=sa.String(length=12), nullable=False)
            batch_op.create_unique_constraint(batch_op.f(f'uq_{table}_public_id'), ['public_id'])


def downgrade():
    # Quote links keep their public ids: the old ids cannot be told from them without the
    # column, which goes. They then point nowhere, as links to deleted posts do.
    for table in ('posts', 'threads'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f'uq_{table}_public_id'), type_='unique')
            batch_op.drop_column('public_id')
