"""replies read from watches: a reply in a watched thread writes no notification row per
watcher (watches.notify_after_post_id), mail about it names its post, digests know since when

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('watches', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notify_after_post_id', sa.Integer(), nullable=True))
    # Replies written before this migration keep their notification rows: the ones read from
    # the watches start after each thread's newest post.
    op.execute(
        "UPDATE watches SET notify_after_post_id = "
        "(SELECT max(posts.id) FROM posts WHERE posts.thread_id = watches.thread_id)"
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index('ix_notifications_post_id', ['post_id'], unique=False)
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('post_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('since', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    # Mail about a reply that names its post has no notification to point to any more.
    op.execute("UPDATE outbox SET status = 'skipped' WHERE kind = 'reply' AND status = 'pending'")
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('since')
        batch_op.drop_column('post_id')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_post_id')
    with op.batch_alter_table('watches', schema=None) as batch_op:
        batch_op.drop_column('notify_after_post_id')
