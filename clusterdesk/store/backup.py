"""Consistent copies of an event: SQLite's online backup API, or a table-by-table copy of a
server database into a portable event file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import insert, select

from clusterdesk.store.models import Base


def sqlite_copy(source: Path, dest: Path) -> None:
    """A consistent snapshot of a live SQLite file (other desks may keep writing)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(dest)


def copy_tables(source_engine, dest_engine) -> int:  # type: ignore[no-untyped-def]
    """Copy every model table, parents first. Returns the number of rows copied."""
    rows = 0
    with source_engine.connect() as src, dest_engine.begin() as dst:
        for table in Base.metadata.sorted_tables:
            batch = [dict(r._mapping) for r in src.execute(select(table))]
            if batch:
                dst.execute(insert(table), batch)
                rows += len(batch)
    return rows
