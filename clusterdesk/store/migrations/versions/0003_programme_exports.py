"""programme rooms and speakers; what a printed document showed (print_log.digest)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme_item", schema=None) as batch_op:
        batch_op.alter_column(
            "location", new_column_name="room", existing_type=sa.String(length=200)
        )
        batch_op.add_column(sa.Column("speakers", sa.Text(), server_default="", nullable=False))
        batch_op.create_index(batch_op.f("ix_programme_item_starts_at"), ["starts_at"])
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("digest", sa.String(length=64), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.drop_column("digest")
    with op.batch_alter_table("programme_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_item_starts_at"))
        batch_op.drop_column("speakers")
        batch_op.alter_column(
            "room", new_column_name="location", existing_type=sa.String(length=200)
        )
