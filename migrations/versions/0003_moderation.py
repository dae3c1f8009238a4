"""moderation: thread flag and lock, held/rejected/removed posts, reports, audit log, notices, suspensions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('mod_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('target', sa.String(length=300), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=True),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_mod_actions_actor_id_users')),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_mod_actions_post_id_posts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_mod_actions_thread_id_threads'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mod_actions'))
    )
    with op.batch_alter_table('mod_actions', schema=None) as batch_op:
        batch_op.create_index('ix_mod_actions_action_id', ['action', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mod_actions_actor_id'), ['actor_id'], unique=False)

    op.create_table('notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('dismissed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_notices_post_id_posts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notices_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notices'))
    )
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.create_index('ix_notices_user_id_dismissed_at', ['user_id', 'dismissed_at'], unique=False)

    op.create_table('reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('reporter_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("reason IN ('why', 'identifying', 'harassment', 'other')", name=op.f('ck_reports_reason')),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_reports_post_id_posts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reporter_id'], ['users.id'], name=op.f('fk_reports_reporter_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reports'))
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reports_reporter_id'), ['reporter_id'], unique=False)
        batch_op.create_index('ix_reports_resolved_at_created_at', ['resolved_at', 'created_at'], unique=False)
        batch_op.create_index('uq_reports_open_post_reporter', ['post_id', 'reporter_id'], unique=True, sqlite_where=sa.text('resolved_at IS NULL'), postgresql_where=sa.text('resolved_at IS NULL'))

    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('held_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('held_because', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('moderator_edited_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('moderated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('moderation_note', sa.String(length=1000), nullable=True))
        batch_op.create_index('ix_posts_status_held_at', ['status', 'held_at'], unique=False)
        batch_op.drop_constraint(op.f('ck_posts_status'), type_='check')
        batch_op.create_check_constraint(
            'status',
            "status IN ('published', 'deleted', 'held', 'rejected', 'removed', 'withdrawn')",
        )

    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('no_why_replies', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('locked', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('suspended_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('suspension_reason', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('premoderated_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('open_notices', sa.Integer(), server_default='0', nullable=False))



def downgrade():
    # SQLite drops columns by rebuilding the table, and a rebuild loses the expression index
    # it cannot reflect: drop it first and create it again afterwards.
    op.drop_index('uq_users_username_lower', table_name='users')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('open_notices')
        batch_op.drop_column('premoderated_until')
        batch_op.drop_column('suspension_reason')
        batch_op.drop_column('suspended_until')
    op.create_index('uq_users_username_lower', 'users', [sa.text('lower(username)')], unique=True)

    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.drop_column('locked')
        batch_op.drop_column('no_why_replies')

    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index('ix_posts_status_held_at')
        batch_op.drop_constraint(op.f('ck_posts_status'), type_='check')
        batch_op.create_check_constraint('status', "status IN ('published', 'deleted')")
        batch_op.drop_column('moderation_note')
        batch_op.drop_column('moderated_at')
        batch_op.drop_column('moderator_edited_at')
        batch_op.drop_column('held_because')
        batch_op.drop_column('held_at')

    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index('uq_reports_open_post_reporter', sqlite_where=sa.text('resolved_at IS NULL'), postgresql_where=sa.text('resolved_at IS NULL'))
        batch_op.drop_index('ix_reports_resolved_at_created_at')
        batch_op.drop_index(batch_op.f('ix_reports_reporter_id'))

    op.drop_table('reports')
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.drop_index('ix_notices_user_id_dismissed_at')

    op.drop_table('notices')
    with op.batch_alter_table('mod_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mod_actions_actor_id'))
        batch_op.drop_index('ix_mod_actions_action_id')

    op.drop_table('mod_actions')
