"""Copying the event between its file and the sharing server, counts checked both ways.

Into the server: the empty database gets its tables from the same Alembic migrations that built
every event file, then every model table is copied parents first, the id sequences are moved past
the copied ids, and each table's row count is compared with the file's. Back into the file: the
file is first copied to ``NAME.before-unshare-TIMESTAMP.bak`` beside it, the server's rows go
into a new file next to it, counts are compared, and only then does the new file replace the
old one (an atomic rename), so a crash at any point leaves a whole event file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Integer, func, insert, select, text
from sqlalchemy.engine import Engine

from clusterdesk.core.messages import CodedError, msg
from clusterdesk.store.backup import sqlite_copy
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Base
from clusterdesk.store.schema import create_event_db, upgrade_to

Progress = Callable[[int, int], None]
BATCH = 2000


def _no_progress(_done: int, _total: int) -> None:
    return None


def _copy_rows(source: Engine, dest: Engine, progress: Progress) -> dict[str, int]:
    tables = Base.metadata.sorted_tables
    copied: dict[str, int] = {}
    with source.connect() as src, dest.begin() as dst:
        for n, table in enumerate(tables):
            rows = 0
            result = src.execution_options(yield_per=BATCH).execute(select(table))
            for chunk in result.mappings().partitions(BATCH):
                dst.execute(insert(table), [dict(r) for r in chunk])
                rows += len(chunk)
            copied[table.name] = rows
            progress(n + 1, len(tables))
    return copied


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in Base.metadata.sorted_tables
        }


def _check_counts(expected: dict[str, int], engine: Engine, what: str) -> None:
    found = counts(engine)
    wrong = [
        f"{t}: {expected[t]} → {found.get(t)}" for t in expected if found.get(t) != expected[t]
    ]
    if wrong:
        raise CodedError(msg(what, counts="; ".join(wrong)))


def _advance_sequences(engine: Engine) -> None:
    """Serial ids continue after the copied ones (PostgreSQL does not move them by itself)."""
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            keys = list(table.primary_key.columns)
            if len(keys) != 1 or not isinstance(keys[0].type, Integer):
                continue
            seq = conn.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": keys[0].name}
            ).scalar()
            if seq is None:
                continue
            conn.execute(
                text(
                    f'SELECT setval(:s, COALESCE((SELECT MAX("{keys[0].name}") FROM '
                    f'"{table.name}"), 0) + 1, false)'
                ),
                {"s": seq},
            )


def copy_into_server(source: EventDB, dest: EventDB, progress: Progress = _no_progress) -> int:
    """Build the schema on the empty server database and copy the event. Returns rows copied."""
    upgrade_to(dest, "head")
    expected = counts(source.engine)
    copied = _copy_rows(source.engine, dest.engine, progress)
    _advance_sequences(dest.engine)
    _check_counts(expected, dest.engine, "share.copy_in_incomplete")
    return sum(copied.values())


def unshare_backup_path(event_file: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return event_file.with_name(f"{event_file.name}.before-unshare-{stamp}.bak")


def copy_back_to_file(
    source: EventDB, event_file: Path, progress: Progress = _no_progress
) -> tuple[Path, int]:
    """Replace the event file with the server's event (after a backup of the file).
    Returns (the backup, rows copied)."""
    backup = unshare_backup_path(event_file)
    if event_file.exists():
        sqlite_copy(event_file, backup)
    partial = event_file.with_name(event_file.name + ".unsharing")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    expected = counts(source.engine)
    target = create_event_db(partial)
    try:
        copied = _copy_rows(source.engine, target.engine, progress)
        _check_counts(expected, target.engine, "share.copy_back_incomplete")
    except Exception:
        target.dispose()
        partial.unlink(missing_ok=True)
        raise
    target.dispose()
    single = sqlite3.connect(partial)  # one self-contained file: the WAL folded in and removed
    try:
        single.execute("PRAGMA journal_mode=DELETE")
    finally:
        single.close()
    for suffix in ("-wal", "-shm"):
        Path(str(event_file) + suffix).unlink(missing_ok=True)
    partial.replace(event_file)
    return backup, sum(copied.values())
