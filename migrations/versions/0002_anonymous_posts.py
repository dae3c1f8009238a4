"""anonymous posts: per-thread pseudonym, opt-in profession, anonymous threads

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anonymous', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('pseudonym', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('show_profession', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_check_constraint(
            'anonymous_pseudonym',
            '(anonymous AND pseudonym IS NOT NULL) OR (NOT anonymous AND pseudonym IS NULL)',
        )

    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anonymous', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.drop_column('anonymous')

    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_posts_anonymous_pseudonym'), type_='check')
        batch_op.drop_column('show_profession')
        batch_op.drop_column('pseudonym')
        batch_op.drop_column('anonymous')
