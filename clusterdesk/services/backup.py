"""Backups: a consistent, verified copy of the event as a portable event file.

Every backup checks the event before copying (a damaged event is refused, not copied as a good
backup) and the copy after writing it. Automatic backups go to the user's backup folder, one
folder per event file (``core.paths.event_backups_dir``), where a damaged event's error finds the
newest good one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from clusterdesk.core.backup_prefs import read_backup_prefs
from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import CodedError, msg
from clusterdesk.core.paths import backups_dir
from clusterdesk.store.backup import (
    copy_tables,
    finish_partial,
    remove_partial,
    sqlite_copy,
    start_partial,
)
from clusterdesk.store.backup_folder import OPENED, take
from clusterdesk.store.engine import EventDB
from clusterdesk.store.integrity import newest_good_backup
from clusterdesk.store.schema import create_event_db

AUTOMATIC_KEEP = 10  # the default; the app's Preferences set it (core.backup_prefs)


def backup_event(db: EventDB, out: str | Path) -> Path:
    """Write a consistent copy of the event to ``out`` (an event file that opens like any other).

    A file event is copied with SQLite's online backup (other desks may keep working); a server
    event is copied inside one read-only snapshot into a new event file. Nothing is left at
    ``out`` (or ``out.part``) when it fails.
    """
    dest = Path(out).expanduser().resolve()
    if dest.exists():
        raise CodedError(msg("backup.exists", path=str(dest)))
    if db.path is not None and dest == db.path:
        raise CodedError(msg("backup.over_event"))
    if db.path is not None:
        sqlite_copy(db.path, dest)
        return dest
    tmp = start_partial(dest, create=False)
    try:
        target = create_event_db(tmp)
        try:
            copy_tables(db.engine, target.engine, source_name=db.describe(), dest_name=str(dest))
        finally:
            target.dispose()
        finish_partial(tmp, dest)
    except BaseException:
        remove_partial(tmp)
        raise
    return dest


def automatic_backup(db: EventDB, keep: int = AUTOMATIC_KEEP) -> Path | None:
    """A timestamped backup in the event's backup folder, keeping the newest ``keep``."""
    if db.path is None:
        return None
    return take(db.path, OPENED, keep)


def opened_backup(db: EventDB) -> Path | None:
    """The automatic backup the app takes when it opens an event file: after the open's
    integrity check passed, so it is good. A failure (a full disk) is logged, never in the way
    of opening the event. A backup opened as it is (after a damaged event) gets none."""
    if db.path is None or backups_dir().resolve() in db.path.parents:
        return None
    try:
        return automatic_backup(db, read_backup_prefs().keep)
    except UserError as exc:
        logging.getLogger("clusterdesk").warning("automatic backup skipped: %s", exc)
        return None


def good_backup_of(event: Path) -> Path | None:
    """The newest intact backup of an event file (automatic, or taken before a migration)."""
    return newest_good_backup(Path(event).expanduser().resolve())
