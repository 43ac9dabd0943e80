"""The shared event's status row: how the host tells every desk that sharing stops.

It lives in its own schema (``clusterdesk_share``), outside the event's tables: it is not part of
the event, is never copied back into the file and needs no migration. Desks read it on every
connection check (:func:`read_status`); a database that has no such row is a shared database
someone set up by hand, which never announces anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import Connection

from clusterdesk.core.join_code import ROLE
from clusterdesk.store.engine import EventDB

SHARED = "shared"
STOPPING = "stopping"  # the host is copying the event back: read-only from now on
SCHEMA = "clusterdesk_share"


@dataclass(frozen=True)
class ShareStatus:
    state: str
    host: str  # the host's desk name
    changed_at: datetime


def create_status(conn: Connection, host: str) -> None:
    conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"))
    conn.execute(
        text(
            f"CREATE TABLE IF NOT EXISTS {SCHEMA}.status (id integer PRIMARY KEY CHECK (id = 1), "
            "state text NOT NULL, host text NOT NULL, changed_at timestamptz NOT NULL)"
        )
    )
    conn.execute(text(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {ROLE}"))
    conn.execute(text(f"GRANT SELECT ON {SCHEMA}.status TO {ROLE}"))
    set_status(conn, SHARED, host)


def set_status(conn: Connection, state: str, host: str) -> None:
    conn.execute(
        text(
            f"INSERT INTO {SCHEMA}.status (id, state, host, changed_at) "
            "VALUES (1, :state, :host, now()) ON CONFLICT (id) DO UPDATE "
            "SET state = excluded.state, host = excluded.host, changed_at = excluded.changed_at"
        ),
        {"state": state, "host": host},
    )


def read_status(db: EventDB) -> ShareStatus | None:
    """The host's announcement (``None`` for a file or a database no ClusterDesk host shares).
    Raises the driver's error when the server cannot be reached: that is the connection check."""
    if db.is_sqlite:
        return None
    with db.engine.connect() as conn:
        exists = conn.execute(text("SELECT to_regclass(:t)"), {"t": f"{SCHEMA}.status"}).scalar()
        if exists is None:
            return None
        row = conn.execute(text(f"SELECT state, host, changed_at FROM {SCHEMA}.status")).first()
        conn.rollback()
    if row is None:
        return None
    return ShareStatus(str(row[0]), str(row[1]), row[2])
