"""how a held meeting went: the outcome rating of a meeting

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 19:15:00

One column with a server default: every existing meeting keeps its row and is "not rated".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("rating", sa.String(length=16), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("rating")
