"""notifications: watches (level and read place), notifications, the mail outbox, and the
members' mail settings

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=True),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('notice_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('mail', sa.String(length=10), nullable=True),
    sa.CheckConstraint("kind IN ('reply', 'quote', 'helpful', 'held', 'moderation')", name=op.f('ck_notifications_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index('ix_notifications_user_id_id', ['user_id', 'id'], unique=False)

    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('notification_id', sa.Integer(), nullable=True),
    sa.Column('address', sa.String(length=254), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('pending', 'sending', 'sent', 'skipped', 'bounced', 'failed')", name=op.f('ck_outbox_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_status_next_attempt_at', ['status', 'next_attempt_at'], unique=False)

    op.create_table('watches',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=True),
    sa.Column('last_read_post_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("level IN ('watching', 'normal', 'muted')", name=op.f('ck_watches_level')),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_watches_thread_id_threads'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_watches_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'thread_id', name=op.f('pk_watches'))
    )
    with op.batch_alter_table('watches', schema=None) as batch_op:
        batch_op.create_index('ix_watches_thread_id_level', ['thread_id', 'level'], unique=False)

    # SQLite rebuilds `users` here (a boolean default) and cannot carry the expression index.
    op.drop_index('uq_users_username_lower', table_name='users')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('auto_watch', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('email_confirmed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('email_bounced_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('email_bounce_reason', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('last_digest_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('mail_reply', sa.String(length=10), server_default='now', nullable=False))
        batch_op.add_column(sa.Column('mail_quote', sa.String(length=10), server_default='now', nullable=False))
        batch_op.add_column(sa.Column('mail_helpful', sa.String(length=10), server_default='digest', nullable=False))
        batch_op.add_column(sa.Column('mail_held', sa.String(length=10), server_default='now', nullable=False))
        batch_op.add_column(sa.Column('mail_moderation', sa.String(length=10), server_default='now', nullable=False))
    op.create_index('uq_users_username_lower', 'users', [sa.text('lower(username)')], unique=True)


def downgrade():
    # SQLite rebuilds `users` to drop a column and cannot carry over the expression index.
    op.drop_index('uq_users_username_lower', table_name='users')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('mail_moderation')
        batch_op.drop_column('mail_held')
        batch_op.drop_column('mail_helpful')
        batch_op.drop_column('mail_quote')
        batch_op.drop_column('mail_reply')
        batch_op.drop_column('last_digest_at')
        batch_op.drop_column('email_bounce_reason')
        batch_op.drop_column('email_bounced_at')
        batch_op.drop_column('email_confirmed_at')
        batch_op.drop_column('auto_watch')
    op.create_index('uq_users_username_lower', 'users', [sa.text('lower(username)')], unique=True)

    with op.batch_alter_table('watches', schema=None) as batch_op:
        batch_op.drop_index('ix_watches_thread_id_level')

    op.drop_table('watches')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_status_next_attempt_at')

    op.drop_table('outbox')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_user_id_id')

    op.drop_table('notifications')
