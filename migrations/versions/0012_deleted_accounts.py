"""deleted accounts: a member who deletes their account leaves a scrubbed row
(users.deleted_at), so the posts they chose to keep stay under their thread names

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    # SQLite rebuilds `users` to drop a column and cannot carry over the expression index.
    op.drop_index('uq_users_username_lower', table_name='users')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('deleted_at')
    op.create_index('uq_users_username_lower', 'users', [sa.text('lower(username)')], unique=True)
