"""An event file as an older ClusterDesk left it (for migration and backup tests)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from clusterdesk.store.engine import connect
from clusterdesk.store.schema import upgrade_to


def event_at_0001(path: Path) -> Path:
    """A file at revision 0001 holding one event, as the first release wrote it."""
    db = connect(path, must_exist=False)
    upgrade_to(db, "0001")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO event (name, start_date, end_date, timezone, venue, badge_prefix, "
                "secret, created_at) VALUES ('Old', '2025-01-01', '2025-01-01', 'Europe/Riga', '', "
                "'ABCD', 'x', '2025-01-01 00:00:00')"
            )
        )
    db.dispose()
    return path
