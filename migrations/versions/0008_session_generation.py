"""session generation: logging out and a change of role end every session issued before

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('session_generation', sa.Integer(), server_default='0', nullable=False)
        )


def downgrade():
    # SQLite rebuilds `users` to drop a column and cannot carry over the expression index.
    op.drop_index('uq_users_username_lower', table_name='users')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('session_generation')
    op.create_index('uq_users_username_lower', 'users', [sa.text('lower(username)')], unique=True)
