"""author found helpful: the story's author marks replies "This helped me"
(posts.helped_author); a member's posts are listed by time (ix_posts_author_id_created_at)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('helped_author', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.create_index(
            'ix_posts_author_id_created_at', ['author_id', 'created_at', 'id'], unique=False
        )


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index('ix_posts_author_id_created_at')
        batch_op.drop_column('helped_author')
