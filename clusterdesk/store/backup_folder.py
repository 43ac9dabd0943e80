"""One event file's automatic backups: named by time and reason, taken with SQLite's online
backup API, pruned, and read back (what a backup holds) without opening it.

Pruning keeps the newest K routine backups and, apart from them, the newest K taken before a
change. A backup is ``STEM-YYYYMMDD-HHMMSS-REASON.cdesk`` in the event's backup folder
(:func:`clusterdesk.core.paths.event_backups_dir`), with ``-N`` added when two are taken in the
same second. Older names without a reason (``STEM-YYYYMMDD-HHMMSS.cdesk``) were taken when the
event was opened.
"""

from __future__ import annotations

import contextlib
import glob
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from clusterdesk.core.backup_prefs import DEFAULT_KEEP
from clusterdesk.core.messages import CodedValueError, msg
from clusterdesk.core.paths import event_backups_dir
from clusterdesk.store.backup import sqlite_copy
from clusterdesk.store.integrity import look

# why a backup was taken (stable: they are part of the file names and of `backups --json`)
OPENED = "open"
IMPORT = "import"
SCHEDULE = "schedule"
MIGRATION = "migration"
INTERVAL = "interval"
RESTORE = "restore"
REASONS = (OPENED, IMPORT, SCHEDULE, MIGRATION, INTERVAL, RESTORE)

_NAME = re.compile(
    r"^(?P<stem>.*)-(?P<day>\d{8})-(?P<time>\d{6})(?:-(?P<reason>[a-z]+))?(?:-(?P<n>\d+))?\.cdesk$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    at: datetime  # UTC, from the name
    reason: str
    size: int  # bytes

    @property
    def order(self) -> tuple[datetime, int, str]:
        n = _NAME.match(self.path.name)
        return self.at, int(n.group("n") or 0) if n else 0, self.path.name


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds (read from the file itself)."""

    participants: int  # active registrations
    checked_in: int  # people checked in
    meetings: int  # meetings that take a cell (scheduled, held, no-show)
    last_check_in: datetime | None  # UTC
    event_name: str


def parse(path: Path) -> BackupFile | None:
    """The backup's time and reason from its name (a name of another form: its file time and no
    reason); None when the file is gone."""
    try:
        stat = path.stat()
    except OSError:
        return None
    found = _NAME.match(path.name)
    if found is not None:
        with contextlib.suppress(ValueError):
            at = datetime.strptime(found["day"] + found["time"], "%Y%m%d%H%M%S")
            return BackupFile(path, at.replace(tzinfo=UTC), found["reason"] or OPENED, stat.st_size)
    return BackupFile(path, datetime.fromtimestamp(stat.st_mtime, UTC), "", stat.st_size)


def backups_of(event: Path) -> list[BackupFile]:
    """The automatic backups of the event file ``event``, newest first."""
    folder = event_backups_dir(event.resolve(), create=False)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob("*.cdesk") if p.is_file() and (b := parse(p)) is not None]
    return sorted(found, key=lambda b: b.order, reverse=True)


def _new_name(folder: Path, stem: str, reason: str, now: datetime) -> Path:
    """``-N`` numbers the backups taken in the same second (whatever their reason) one after
    the other, so the names order them."""
    stamp = f"{stem}-{now:%Y%m%d-%H%M%S}"
    same = [
        _NAME.match(p.name.removesuffix(".part")) for p in folder.glob(f"{glob.escape(stamp)}-*")
    ]
    n = max((int(m["n"] or 0) + 1 for m in same if m is not None), default=0)
    return folder / (f"{stamp}-{reason}-{n}.cdesk" if n else f"{stamp}-{reason}.cdesk")


def take(event: Path, reason: str, keep: int = DEFAULT_KEEP, protect: Path | None = None) -> Path:
    """A verified online backup of the (live) event file into its backup folder; then only the
    newest ``keep`` stay (never ``protect``, nor the one just taken). Raises the store's expected
    errors (a full disk, a damaged event …); nothing is left behind when it fails."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    source = event.resolve()
    folder = event_backups_dir(source)
    dest = _new_name(folder, source.stem, reason, datetime.now(UTC))
    sqlite_copy(source, dest)
    prune(source, max(1, keep), keep_also={dest, *([protect] if protect else [])})
    return dest


# Routine backups (the event opened, the desk's timer) are kept apart from the ones taken before
# a change (import, scheduler run, schema update, restore): a desk that backs up every 10 minutes
# must not push this morning's "before the import" out of the folder.
ROUTINE = frozenset({OPENED, INTERVAL, ""})  # "": a file named otherwise


def prune(event: Path, keep: int, keep_also: set[Path] | None = None) -> list[Path]:
    """Delete the oldest automatic backups beyond the newest ``keep`` routine ones and the newest
    ``keep`` taken before a change (see ``ROUTINE``); returns those deleted."""
    spared = {p.resolve() for p in keep_also or set()}
    found = backups_of(event)
    routine = [b for b in found if b.reason in ROUTINE]
    changes = [b for b in found if b.reason not in ROUTINE]
    gone = []
    for old in routine[keep:] + changes[keep:]:
        if old.path.resolve() in spared:
            continue
        with contextlib.suppress(OSError):
            old.path.unlink()
            gone.append(old.path)
    return gone


def _count(conn: sqlite3.Connection, sql: str) -> int:
    row = conn.execute(sql).fetchone()
    return int(row[0] or 0) if row else 0


def _utc(value: object) -> datetime | None:
    if not value:
        return None
    try:
        at = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def contents(path: Path) -> BackupContents:
    """Counts read from a backup (or any event file) through a read-only connection. Raises
    ``sqlite3.Error``/``OSError`` when it cannot be read, ``ValueError`` when it is no event."""
    if not look(path, check=False).is_event:
        raise CodedValueError(msg("store.not_an_event", path=str(path)))
    uri = path.resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as conn:
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        row = conn.execute("SELECT name FROM event ORDER BY id LIMIT 1").fetchone()
        last = conn.execute("SELECT max(checked_in_at) FROM attendance").fetchone()
        return BackupContents(
            participants=_count(conn, "SELECT count(*) FROM participant WHERE status = 'active'"),
            checked_in=_count(conn, "SELECT count(*) FROM attendance"),
            meetings=_count(
                conn,
                "SELECT count(*) FROM meeting WHERE status IN ('scheduled', 'held', 'no_show')",
            ),
            last_check_in=_utc(last[0] if last else None),
            event_name=str(row[0]) if row else "",
        )
