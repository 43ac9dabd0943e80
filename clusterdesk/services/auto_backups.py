"""Automatic backups of an event file and restoring one: the one code path of the app and the CLI.

:func:`backup_before` is called before every import and scheduler run (and by the check-in desk
every N minutes); migrations take theirs in :func:`clusterdesk.store.schema.ensure_current`. A
backup that fails never stops the work it protects: the attempt says why, the front end warns.
:func:`restore_backup` first backs up the event as it is (so a restore can be undone) — or, when
the event file is damaged or no event, moves it aside — and then copies the backup into place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from clusterdesk.core.backup_prefs import read_backup_prefs
from clusterdesk.core.errors import NotAnEventError
from clusterdesk.core.messages import CodedError, coded, msg
from clusterdesk.store import faults
from clusterdesk.store.backup import sqlite_copy
from clusterdesk.store.backup_folder import (
    IMPORT,
    INTERVAL,
    OPENED,
    RESTORE,
    SCHEDULE,
    BackupContents,
    BackupFile,
    backups_of,
    contents,
    take,
)
from clusterdesk.store.engine import EventDB
from clusterdesk.store.integrity import check_event_file, newest_good_backup, verdict_of

__all__ = [
    "IMPORT",
    "INTERVAL",
    "OPENED",
    "SCHEDULE",
    "BackupAttempt",
    "BackupContents",
    "BackupFile",
    "Restored",
    "backup_before",
    "backup_contents",
    "list_backups",
    "newest_good",
    "restore_backup",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupAttempt:
    reason: str
    path: Path | None = None  # the backup taken
    error: BaseException | None = None  # why none was taken (the work went on)

    @property
    def failed(self) -> bool:
        return self.error is not None


@dataclass(frozen=True)
class Restored:
    event: Path
    backup: Path  # restored from
    safety: Path | None  # the event as it was, backed up first (restore it to undo)
    set_aside: Path | None  # a damaged event file, moved aside instead


def backup_before(db: EventDB, reason: str, keep: int | None = None) -> BackupAttempt:
    """An automatic backup of a file event (a server event: none). Never raises for a failed
    backup — the attempt carries the error, which is logged too."""
    if db.path is None:
        return BackupAttempt(reason)
    try:
        path = take(db.path, reason, read_backup_prefs().keep if keep is None else keep)
    except Exception as exc:  # noqa: BLE001 - a failed backup must not stop the import or run
        log.warning("automatic backup (%s) of %s failed: %s", reason, db.path, exc)
        return BackupAttempt(reason, error=exc)
    return BackupAttempt(reason, path)


def list_backups(event: str | Path) -> list[BackupFile]:
    """The event file's automatic backups, newest first."""
    return backups_of(Path(event).expanduser().resolve())


def backup_contents(path: str | Path) -> BackupContents:
    """What a backup holds, read from the file; a clear error when it cannot be read."""
    path = Path(path)
    try:
        return contents(path)
    except (sqlite3.Error, OSError, ValueError) as exc:
        why = coded(exc) or str(exc)
        raise CodedError(msg("backup.unreadable", file=str(path), why=why)) from exc


def newest_good(event: str | Path) -> Path | None:
    """The newest intact backup of an event file (for a damaged one, or one that is no event)."""
    return newest_good_backup(Path(event).expanduser().resolve())


def _set_aside(event: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = event.with_name(f"{event.name}.damaged-{stamp}")
    with faults.mapped_os(str(event)):
        for suffix in ("", "-wal", "-shm"):
            side = Path(f"{event}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
    return aside


def _copy_into(backup: Path, event: Path) -> None:
    """The backup's pages into the live event file with SQLite's backup API (other desks that
    have it open see the restored event on their next read), then checked."""
    with (
        contextlib.closing(
            sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
        ) as src,
        contextlib.closing(sqlite3.connect(event, timeout=15)) as dst,
        faults.mapped(str(event)),
    ):
        src.backup(dst)
        problem = verdict_of(dst)
    if problem:
        raise CodedError(msg("backup.restore_check", file=str(event), why=problem))


def restore_backup(event: str | Path, backup: str | Path, keep: int | None = None) -> Restored:
    """Put ``backup`` in the place of the event file ``event`` (which nobody in this process has
    open). The event as it is is backed up first; if that fails, nothing is restored."""
    event = Path(event).expanduser().resolve()
    backup = Path(backup).expanduser().resolve()
    if backup == event:
        raise CodedError(msg("backup.is_the_event", file=str(event)))
    check_event_file(backup)  # a damaged backup or no event: refused, with its name
    keep = read_backup_prefs().keep if keep is None else keep
    good = event.exists()
    if good:
        try:
            check_event_file(event)
        except NotAnEventError:  # damaged, or no event at all: keep it aside, untouched
            good = False
    safety = aside = None
    if good:
        safety = take(event, RESTORE, keep, protect=backup)
        _copy_into(backup, event)
    else:
        if event.exists():
            aside = _set_aside(event)
        sqlite_copy(backup, event)
    return Restored(event, backup, safety, aside)
