"""search: an index of the published posts (SQLite FTS5, PostgreSQL tsvector with GIN),
kept by triggers, filled from the posts already written

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

"""
from alembic import op

from forum.search import schema


# revision identifiers, used by Alembic.
revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade():
    schema.create(op.get_bind())


def downgrade():
    schema.drop(op.get_bind())
