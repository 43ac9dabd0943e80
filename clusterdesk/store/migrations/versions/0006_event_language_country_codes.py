"""the event's language; countries stored as ISO 3166 codes

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 19:30:00

Every event gets a language (``en``: the documents and the alphabetical order stay English).
Countries stored as names become their ISO 3166-1 alpha-2 codes where recognised ("Lietuva" and
"Lithuania" both become "LT"); a name that is not recognised stays as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("language", sa.String(length=8), server_default="en", nullable=False)
        )
    codes_for_countries()


def codes_for_countries() -> None:
    from clusterdesk.core.countries import recognise

    conn = op.get_bind()
    for table in ("participant", "organization"):
        names = conn.execute(sa.text(f"SELECT DISTINCT country FROM {table}")).scalars().all()
        for name in names:
            code = recognise(name or "")
            if code is not None and code != name:
                conn.execute(
                    sa.text(f"UPDATE {table} SET country = :code WHERE country = :name"),
                    {"code": code, "name": name},
                )


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("language")
