"""page stamps: threads.version and the page_stamps row, kept by triggers, that whole
cached visitor pages are keyed by

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

"""
from alembic import op
import sqlalchemy as sa

from forum.pagecache import stamps


# revision identifiers, used by Alembic.
revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(
        'threads', sa.Column('version', sa.BigInteger(), server_default='0', nullable=False)
    )
    op.create_table(
        'page_stamps',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('epoch', sa.String(length=16), nullable=False),
        sa.Column('lists', sa.BigInteger(), nullable=False),
        sa.Column('shared', sa.BigInteger(), nullable=False),
        sa.CheckConstraint('id = 1', name=op.f('ck_page_stamps_one_row')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_page_stamps')),
    )
    stamps.create(op.get_bind())


def downgrade():
    stamps.drop_triggers(op.get_bind())
    op.drop_table('page_stamps')
    # Not a batch rebuild of `threads`, which would lose the search index's trigger on it.
    op.execute('ALTER TABLE threads DROP COLUMN version')
