"""e-mail optional (unique when given); who did not come to a no-show; plans before a scheduler run

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 18:00:00

On SQLite the participant table is rebuilt (its inline UNIQUE cannot be dropped otherwise); the
migration runs with foreign keys off and checks them before committing (store/schema.py), so
dropping the old table does not cascade into the tables that refer to it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import clusterdesk.store.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

WHERE = sa.text("email <> ''")


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_constraint("uq_participant_email", type_="unique")
        batch_op.create_index(
            "ux_participant_email",
            ["email"],
            unique=True,
            sqlite_where=WHERE,
            postgresql_where=WHERE,
        )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("absent", sa.String(length=4), server_default="", nullable=False)
        )
    op.create_table(
        "plan_backup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", clusterdesk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("meetings", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_backup")),
    )


def downgrade() -> None:
    op.drop_table("plan_backup")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("absent")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ux_participant_email")
        batch_op.create_unique_constraint("uq_participant_email", ["email"])
