"""meetings, check-in and print logs

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 12:52:31.363667
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import clusterdesk.store.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("starts_at", clusterdesk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", clusterdesk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_slot_range")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["b2b_session.id"],
            name=op.f("fk_slot_session_id_b2b_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slot")),
        sa.UniqueConstraint("session_id", "index", name="uq_slot_session_index"),
    )
    with op.batch_alter_table("slot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slot_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "checkin_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("result", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("at", clusterdesk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("raw_input", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_checkin_log_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_log")),
        sa.UniqueConstraint("nonce", name=op.f("uq_checkin_log_nonce")),
    )
    with op.batch_alter_table("checkin_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkin_log_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_checkin_log_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "print_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", clusterdesk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("document", sa.String(length=40), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("table_id", sa.Integer(), nullable=True),
        sa.Column("layout", sa.String(length=100), nullable=False),
        sa.Column("printer", sa.String(length=200), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("reprint", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_print_log_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["meeting_table.id"],
            name=op.f("fk_print_log_table_id_meeting_table"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_log")),
    )
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_log_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_print_log_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column(
            "checked_in_at", clusterdesk.store.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("log_id", sa.Integer(), nullable=True),
        sa.Column("inside", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["log_id"],
            ["checkin_log.id"],
            name=op.f("fk_attendance_log_id_checkin_log"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_attendance_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", name=op.f("pk_attendance")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("participant_a_id", sa.Integer(), nullable=False),
        sa.Column("participant_b_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("created_at", clusterdesk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status in ('scheduled', 'held', 'no_show', 'cancelled')",
            name=op.f("ck_meeting_status"),
        ),
        sa.CheckConstraint(
            "participant_a_id <> participant_b_id", name=op.f("ck_meeting_distinct_people")
        ),
        sa.ForeignKeyConstraint(
            ["participant_a_id"],
            ["participant.id"],
            name=op.f("fk_meeting_participant_a_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_b_id"],
            ["participant.id"],
            name=op.f("fk_meeting_participant_b_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["meeting_request.id"],
            name=op.f("fk_meeting_request_id_meeting_request"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["slot.id"], name=op.f("fk_meeting_slot_id_slot"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["meeting_table.id"],
            name=op.f("fk_meeting_table_id_meeting_table"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("request_id", name=op.f("uq_meeting_request_id")),
        sa.UniqueConstraint("slot_id", "table_id", name="uq_meeting_slot_table"),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_a_slot", ["participant_a_id", "slot_id"], unique=False)
        batch_op.create_index("ix_meeting_b_slot", ["participant_b_id", "slot_id"], unique=False)

    # ### end Alembic commands ###


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_b_slot")
        batch_op.drop_index("ix_meeting_a_slot")

    op.drop_table("meeting")
    op.drop_table("attendance")
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_log_participant_id"))
        batch_op.drop_index(batch_op.f("ix_print_log_at"))

    op.drop_table("print_log")
    with op.batch_alter_table("checkin_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_log_participant_id"))
        batch_op.drop_index(batch_op.f("ix_checkin_log_at"))

    op.drop_table("checkin_log")
    with op.batch_alter_table("slot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slot_starts_at"))

    op.drop_table("slot")
