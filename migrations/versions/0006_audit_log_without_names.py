"""audit log without names: lines keep ids and the log names targets when it is read

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

`mod_actions.target` held a name written when the action was taken ("username's reply #20"),
which stayed after the writer turned the post anonymous. It becomes `detail`, kept only for
category lines; lines about posts and threads keep their ids, and lines about a member
(appointed or removed as a moderator) get `member_id`. The suspension note that told that a
writer already had a longer suspension is taken out of old reasons.
"""
import re

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

ALREADY_RUNS = re.compile(r" \(a suspension until [^()]* already runs\)$")


def upgrade():
    with op.batch_alter_table('mod_actions', schema=None) as batch_op:
        batch_op.alter_column('target', new_column_name='detail', existing_type=sa.String(300))
        batch_op.add_column(sa.Column('member_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_mod_actions_member_id_users'), 'users', ['member_id'], ['id']
        )
    conn = op.get_bind()
    conn.execute(sa.text(
        "UPDATE mod_actions SET member_id = (SELECT users.id FROM users "
        "WHERE lower(users.username) = lower(mod_actions.detail)) "
        "WHERE action IN ('appoint moderator', 'remove moderator')"
    ))
    conn.execute(sa.text("UPDATE mod_actions SET detail = '' WHERE action <> 'category'"))
    rows = conn.execute(sa.text(
        "SELECT id, reason FROM mod_actions WHERE action = 'suspend' AND reason LIKE '%already runs)'"
    )).all()
    for row_id, reason in rows:
        conn.execute(
            sa.text("UPDATE mod_actions SET reason = :r WHERE id = :id"),
            {"r": ALREADY_RUNS.sub("", reason), "id": row_id},
        )


def downgrade():
    # The names are not written back: the old column held what this one must not.
    with op.batch_alter_table('mod_actions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_mod_actions_member_id_users'), type_='foreignkey')
        batch_op.drop_column('member_id')
        batch_op.alter_column('detail', new_column_name='target', existing_type=sa.String(300))
