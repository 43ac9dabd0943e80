"""Looking at an event file without changing it: is it an event, which schema, is it intact?

Everything here reads through a read-only ``sqlite3`` connection, before the engine opens the
file read-write (which would switch it to WAL mode): a file that is not an event, or that a newer
ClusterDesk wrote, or that is damaged, stays byte-identical, and no ``-wal``/``-shm`` file
appears beside a database in rollback-journal mode. A WAL-mode file nobody has open (no ``-wal``
beside it) is read as immutable, so no ``-shm`` appears beside it either.

``quick_check`` (SQLite's cheaper integrity check: every page and index entry is readable and
well-formed; it skips only the cross-check of index contents against their tables) runs when an
event is opened and before and after every backup. It costs about 0.1 s for a 16 MB event of
20,000 participants (benchmarks/bench_integrity.py).
"""

from __future__ import annotations

import glob
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from clusterdesk.core.errors import DamagedEventError, NotAnEventError
from clusterdesk.core.messages import CodedError, msg, refusal
from clusterdesk.core.paths import event_backups_dir

SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_VERSION = 2  # header bytes 18 and 19: file format write/read version (1 legacy, 2 WAL)


@dataclass(frozen=True)
class FileLook:
    """What a read-only look at an SQLite file found."""

    tables: frozenset[str]
    revision: str | None  # Alembic's stamp (None: no version table or not exactly one row)
    problem: str  # "" when quick_check says "ok", else its first complaint

    @property
    def is_event(self) -> bool:
        return "alembic_version" in self.tables and "event" in self.tables


def read_header(path: Path) -> bytes:
    """The first 100 bytes (the SQLite header); OSError when the file cannot be read."""
    with path.open("rb") as fh:
        return fh.read(100)


def _connect_readonly(path: Path, header: bytes) -> sqlite3.Connection:
    wal = len(header) > 19 and header[18] == _WAL_VERSION and header[19] == _WAL_VERSION
    idle = not Path(f"{path}-wal").exists()
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if wal and idle else "?mode=ro")
    conn = sqlite3.connect(uri, uri=True, timeout=5)
    # A damaged page can hold any bytes: never let decoding them fail
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return conn


def look(path: Path, *, check: bool = True) -> FileLook:
    """Tables, schema revision and (``check``) the quick_check verdict of an SQLite file.

    Raises ``sqlite3.Error`` when SQLite cannot read it (``NOTADB``, ``CORRUPT`` …) and
    ``OSError`` when the operating system refuses."""
    header = read_header(path)
    conn = _connect_readonly(path, header)
    try:
        tables = frozenset(
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        )
        revision = None
        if "alembic_version" in tables:
            stamps = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
            revision = stamps[0] if len(stamps) == 1 else None
        problem = verdict_of(conn) if check else ""
        return FileLook(tables, revision, problem)
    finally:
        conn.close()


def verdict_of(conn: sqlite3.Connection) -> str:
    """Empty when ``PRAGMA quick_check`` says "ok", else its first two complaints on one line."""
    verdict = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
    if verdict == ["ok"]:
        return ""
    lines = [ln.strip() for v in verdict for ln in v.splitlines() if ln.strip()]
    complaints = [ln for ln in lines if not ln.startswith("***")] or lines
    more = f" and {len(complaints) - 2} more" if len(complaints) > 2 else ""
    return "; ".join(complaints[:2])[:240] + more


def quick_check(path: Path) -> str:
    """Empty when ``path`` passes SQLite's quick_check, else what is wrong (never raises for a
    damaged file: unreadable is damaged too)."""
    try:
        return look(path).problem
    except sqlite3.DatabaseError as exc:
        return str(exc)


def candidate_backups(path: Path) -> list[Path]:
    """Backups of the event file ``path``, newest first: its automatic backups and the copies
    taken beside it before a migration (``NAME.before-REV-TIME.bak``)."""
    found: list[Path] = []
    folder = event_backups_dir(path, create=False)
    if folder.is_dir():
        found += folder.glob("*.cdesk")
    found += path.parent.glob(f"{glob.escape(path.name)}.before-*.bak")

    def mtime(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    return sorted((p for p in found if p.is_file()), key=mtime, reverse=True)


def newest_good_backup(path: Path, known: frozenset[str] = frozenset()) -> Path | None:
    """The newest backup of ``path`` that is an intact event (of a ``known`` schema revision,
    when given), or None."""
    for candidate in candidate_backups(path):
        try:
            found = look(candidate)
        except (sqlite3.Error, OSError):
            continue
        if found.is_event and not found.problem and (not known or found.revision in known):
            return candidate
    return None


def damaged_event_error(path: Path, detail: str = "") -> DamagedEventError:
    """The error for a damaged event file, naming the newest good backup if there is one."""
    backup = newest_good_backup(path)
    if detail:
        damage = msg("store.damaged_detail", path=str(path), detail=detail)
    else:
        damage = msg("store.damaged", path=str(path))
    if backup is not None:
        when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        then = msg("store.newest_backup", backup=str(backup), when=when)
    else:
        then = msg("store.no_backup")
    said = msg("store.damaged_event", damage=damage, then=then)
    return DamagedEventError(str(said), path=path, backup=backup).coded(said)


def _unreadable(path: Path, exc: OSError) -> CodedError:
    return CodedError(msg("store.unreadable", path=str(path), why=str(exc)))


def check_event_file(path: Path) -> FileLook:
    """Everything about an existing event file that can be learnt without changing it: raise a
    clear error for a folder, an unreadable file, a non-SQLite file, another program's database
    or a damaged event; return the look (with the schema revision) otherwise."""
    from clusterdesk.store.faults import translate

    if not path.exists():
        raise CodedError(msg("store.no_event_file", path=str(path)))
    if path.is_dir():
        raise refusal(NotAnEventError, msg("store.folder", path=str(path)))
    try:
        header = read_header(path)
    except OSError as exc:
        raise (translate(exc, str(path)) or _unreadable(path, exc)) from exc
    if not header.startswith(SQLITE_MAGIC):
        raise refusal(NotAnEventError, msg("store.not_sqlite", path=str(path)))
    try:
        found = look(path)
    except sqlite3.Error as exc:
        raise (
            translate(exc, str(path), path)
            or refusal(
                NotAnEventError, msg("store.unreadable_event", where=str(path), why=str(exc))
            )
        ) from exc
    except OSError as exc:
        raise (translate(exc, str(path)) or _unreadable(path, exc)) from exc
    if not found.is_event:
        if found.problem:
            raise damaged_event_error(path, found.problem)
        raise refusal(NotAnEventError, msg("store.no_event_tables", path=str(path)))
    if found.problem:
        raise damaged_event_error(path, found.problem)
    return found
