"""Backups: a consistent copy of the event as a portable event file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from clusterdesk.core.errors import UserError
from clusterdesk.core.paths import backups_dir
from clusterdesk.store.backup import copy_tables, sqlite_copy
from clusterdesk.store.engine import EventDB
from clusterdesk.store.schema import create_event_db


def backup_event(db: EventDB, out: str | Path) -> Path:
    """Write a consistent copy of the event to ``out`` (an event file that opens like any other).

    A file event is copied with SQLite's online backup (other desks may keep working); a server
    event is copied table by table into a new event file.
    """
    dest = Path(out).expanduser().resolve()
    if dest.exists():
        raise UserError(f"{dest} already exists; choose another file name")
    if db.path is not None and dest == db.path:
        raise UserError("The backup cannot overwrite the event itself")
    if db.path is not None:
        sqlite_copy(db.path, dest)
        return dest
    target = create_event_db(dest)
    try:
        copy_tables(db.engine, target.engine)
    except Exception:
        target.dispose()
        dest.unlink(missing_ok=True)
        raise
    target.dispose()
    return dest


def automatic_backup(db: EventDB, keep: int = 10) -> Path | None:
    """A timestamped backup in the user's backup folder, keeping the newest ``keep`` per event."""
    if db.path is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    folder = backups_dir()
    dest = folder / f"{db.path.stem}-{stamp}.cdesk"
    if not dest.exists():
        backup_event(db, dest)
    old = sorted(folder.glob(f"{db.path.stem}-*.cdesk"))
    for stale in old[:-keep]:
        stale.unlink(missing_ok=True)
    return dest
