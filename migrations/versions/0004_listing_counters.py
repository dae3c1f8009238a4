"""listing speed: categories.thread_count, and a posts index that covers visibility checks

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('categories', schema=None) as batch_op:
        batch_op.add_column(sa.Column('thread_count', sa.Integer(), server_default='0', nullable=False))
    op.execute(
        'UPDATE categories SET thread_count = '
        '(SELECT count(*) FROM threads WHERE threads.category_id = categories.id)'
    )
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index(
            'ix_posts_thread_listing',
            ['thread_id', 'id', 'is_opening', 'status', 'author_id'],
            unique=False,
        )
        batch_op.drop_index('ix_posts_thread_id_id')


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index('ix_posts_thread_id_id', ['thread_id', 'id'], unique=False)
        batch_op.drop_index('ix_posts_thread_listing')
    with op.batch_alter_table('categories', schema=None) as batch_op:
        batch_op.drop_column('thread_count')
