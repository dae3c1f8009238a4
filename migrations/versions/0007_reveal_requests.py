"""reveal requests: revealing an anonymous writer takes two administrators

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

One administrator asks, with a reason; a different one approves or refuses, with a reason;
after approval the one who asked sees the account once (`seen_at`). The check constraints
keep a decision whole, by someone other than the requester, and a showing after approval
only. Old "reveal" lines of the audit log stay as they were.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('reveal_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('requester_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decision', sa.String(length=10), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("decision IN ('approved', 'refused')", name=op.f('ck_reveal_requests_decision')),
    sa.CheckConstraint(
        "(decided_at IS NULL AND decision IS NULL AND decided_by_id IS NULL"
        " AND decision_reason IS NULL)"
        " OR (decided_at IS NOT NULL AND decision IS NOT NULL AND decided_by_id IS NOT NULL"
        " AND decision_reason IS NOT NULL AND decided_by_id <> requester_id)",
        name=op.f('ck_reveal_requests_decided'),
    ),
    sa.CheckConstraint("seen_at IS NULL OR decision = 'approved'", name=op.f('ck_reveal_requests_seen_if_approved')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_reveal_requests_decided_by_id_users')),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_reveal_requests_post_id_posts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requester_id'], ['users.id'], name=op.f('fk_reveal_requests_requester_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reveal_requests'))
    )
    with op.batch_alter_table('reveal_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reveal_requests_post_id'), ['post_id'], unique=False)
        batch_op.create_index('ix_reveal_requests_decided_at_id', ['decided_at', 'id'], unique=False)
        batch_op.create_index('ix_reveal_requests_requester_id_id', ['requester_id', 'id'], unique=False)
        batch_op.create_index('uq_reveal_requests_open_post_requester', ['post_id', 'requester_id'], unique=True, sqlite_where=sa.text('decided_at IS NULL'), postgresql_where=sa.text('decided_at IS NULL'))


def downgrade():
    with op.batch_alter_table('reveal_requests', schema=None) as batch_op:
        batch_op.drop_index('uq_reveal_requests_open_post_requester', sqlite_where=sa.text('decided_at IS NULL'), postgresql_where=sa.text('decided_at IS NULL'))
        batch_op.drop_index('ix_reveal_requests_requester_id_id')
        batch_op.drop_index('ix_reveal_requests_decided_at_id')
        batch_op.drop_index(batch_op.f('ix_reveal_requests_post_id'))

    op.drop_table('reveal_requests')
