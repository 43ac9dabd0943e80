"""Consistent, verified copies of an event: SQLite's online backup API, or a copy of a server
database inside one snapshot into a portable event file.

A copy is written to ``OUT.part`` (owner-only), checked with SQLite's ``quick_check`` and only
then renamed to ``OUT``; on any failure (a full disk, a damaged source, a lost server) the partial
copy is removed. A source that fails ``quick_check`` is refused: a backup of a damaged event would
look good and be useless.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import DBAPIError

from clusterdesk.core.errors import StorageError
from clusterdesk.core.messages import msg, refusal
from clusterdesk.core.private_files import create_private_file, private_dir
from clusterdesk.store import faults
from clusterdesk.store.integrity import damaged_event_error, verdict_of
from clusterdesk.store.models import Base

_SIDE_FILES = ("", "-journal", "-wal", "-shm")
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
BATCH = 5_000


def partial_path(dest: Path) -> Path:
    return dest.with_name(dest.name + ".part")


def remove_partial(tmp: Path) -> None:
    for suffix in _SIDE_FILES:
        with contextlib.suppress(OSError):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def start_partial(dest: Path, *, create: bool = True) -> Path:
    """``OUT.part`` beside ``dest``, leftovers of an earlier attempt removed, its folder made if
    missing; ``create``: as a fresh, empty, owner-only file."""
    tmp = partial_path(dest)
    remove_partial(tmp)
    with faults.mapped_os(str(dest)):
        private_dir(dest.parent)
        if create:
            create_private_file(tmp)
    return tmp


def _fsync(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def finish_partial(tmp: Path, dest: Path) -> None:
    """Make ``tmp`` one self-contained file, check it, and put it in place as ``dest``."""
    with faults.mapped(str(dest)), contextlib.closing(sqlite3.connect(tmp)) as conn:
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        conn.execute("PRAGMA journal_mode=DELETE")
        problem = verdict_of(conn)
    if problem:
        said = msg("store.backup_check_failed", path=str(dest), why=problem)
        raise refusal(StorageError, said)
    with faults.mapped_os(str(dest)):
        _fsync(tmp)
        tmp.replace(dest)
        _fsync(dest.parent, directory=True)


def sqlite_copy(source: Path, dest: Path) -> None:
    """A verified snapshot of a live SQLite file (other desks may keep writing)."""
    tmp = start_partial(dest)
    try:
        with contextlib.closing(
            sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        ) as src:
            src.text_factory = lambda raw: raw.decode("utf-8", "replace")
            with faults.mapped(str(source), source):
                problem = verdict_of(src)
            if problem:
                raise damaged_event_error(source, problem)
            with contextlib.closing(sqlite3.connect(tmp)) as dst:
                try:
                    src.backup(dst)
                except sqlite3.Error as exc:
                    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
                    bad_source = code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
                    where, path = (str(source), source) if bad_source else (str(dest), None)
                    raise (faults.translate(exc, where, path) or exc) from exc
        finish_partial(tmp, dest)
    except BaseException:
        remove_partial(tmp)
        raise


def copy_tables(source: Engine, dest: Engine, *, source_name: str, dest_name: str) -> int:
    """Copy every model table, parents first, inside ONE snapshot of the source: a REPEATABLE
    READ, read-only transaction on PostgreSQL, so desks checking people in meanwhile cannot make
    the copy inconsistent (a check-in whose participant is not in the copy). Returns the rows
    copied. Faults name the side they happened on."""
    rows = 0
    options: dict[str, object] = {"stream_results": True, "yield_per": BATCH}
    if source.dialect.name == "postgresql":
        options.update(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    try:
        with source.connect().execution_options(**options) as src, dest.begin() as dst:
            with src.begin():
                for table in Base.metadata.sorted_tables:
                    for part in src.execute(select(table)).partitions():
                        dst.execute(insert(table), [dict(r._mapping) for r in part])
                        rows += len(part)
    except DBAPIError as exc:
        on_dest = isinstance(exc.orig, sqlite3.Error)
        mapped = faults.translate(exc, dest_name if on_dest else source_name)
        if mapped is None:
            raise
        raise mapped from exc
    return rows
