"""The one place where faults of the machine, the disk and the database server become expected
errors (:class:`~clusterdesk.core.errors.UserError` subclasses) with one clear line naming what
happened and where — a full disk, a read-only or unreadable file, a lock held by another desk
beyond the busy timeout, a damaged file, a lost server connection.

:func:`translate` maps an exception (SQLAlchemy's wrapper, a raw ``sqlite3``/psycopg error or an
``OSError``) or returns ``None`` for anything else, which stays a bug. ``EventDB.read()/write()``
apply it to every transaction; the front ends' last line of defence applies it to whatever else
escapes (``clusterdesk.services.faults``). Messages never contain SQL, parameters or passwords.

:func:`retrying` repeats work that is safe to repeat (a read; a check-in, idempotent by its nonce)
while a transient fault lasts, for a bounded time.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from clusterdesk.core.errors import (
    AccessDeniedError,
    DamagedEventError,
    DiskFullError,
    EventBusyError,
    ReadOnlyError,
    ServerUnavailableError,
    StorageError,
    UserError,
)
from clusterdesk.core.messages import Param, msg, refusal
from clusterdesk.core.safe_text import mask_secrets

T = TypeVar("T")
DEFAULT_BUSY_TIMEOUT = 15.0  # seconds a desk waits for another desk's write lock
DEFAULT_RETRY_SECONDS = 10.0  # how long a transient fault (a lost connection) is retried


def _seconds(variable: str, default: float) -> float:
    try:
        value = float(os.environ.get(variable, ""))
    except ValueError:
        return default
    return value if value >= 0 else default


def busy_timeout() -> float:
    """Seconds to wait for the write lock (``CLUSTERDESK_BUSY_TIMEOUT`` overrides the 15 s)."""
    return _seconds("CLUSTERDESK_BUSY_TIMEOUT", DEFAULT_BUSY_TIMEOUT)


def retry_seconds() -> float:
    """Seconds to retry a transient fault (``CLUSTERDESK_RETRY_SECONDS`` overrides the 10 s)."""
    return _seconds("CLUSTERDESK_RETRY_SECONDS", DEFAULT_RETRY_SECONDS)


# --- messages ----------------------------------------------------------------------------------


# ``where`` names the file or the database (a path, or a message such as ``store.the_event``);
# the messages are codes (``store.*``), said by the front ends' words.


def disk_full(where: Param) -> DiskFullError:
    return refusal(DiskFullError, msg("store.disk_full", where=where))


def read_only(where: Param) -> ReadOnlyError:
    return refusal(ReadOnlyError, msg("store.read_only", where=where))


def access_denied(where: Param) -> AccessDeniedError:
    return refusal(AccessDeniedError, msg("store.access_denied", where=where))


def busy(where: Param) -> EventBusyError:
    return refusal(EventBusyError, msg("store.busy", where=where, seconds=f"{busy_timeout():g}"))


def damaged(where: Param, path: Path | None, detail: str = "") -> DamagedEventError:
    from clusterdesk.store.integrity import damaged_event_error

    return damaged_event_error(path or Path(str(where)), detail)


def server_unavailable(where: Param, detail: Param) -> ServerUnavailableError:
    return refusal(ServerUnavailableError, msg("store.server_unavailable", where=where, why=detail))


def storage_error(where: Param, detail: Param) -> StorageError:
    return refusal(StorageError, msg("store.disk_error", where=where, why=detail))


# --- classification ----------------------------------------------------------------------------

_OS_ERRORS: dict[int, Callable[[Param], UserError]] = {
    errno.ENOSPC: disk_full,
    errno.EFBIG: disk_full,
    errno.EROFS: read_only,
    errno.EACCES: access_denied,
    errno.EPERM: access_denied,
    errno.EIO: lambda where: storage_error(where, msg("store.io_error")),
}
if hasattr(errno, "EDQUOT"):
    _OS_ERRORS[errno.EDQUOT] = disk_full

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL = 10, 11, 13
_SQLITE_CANTOPEN, _SQLITE_NOTADB, _SQLITE_PERM, _SQLITE_AUTH = 14, 26, 3, 23
_SQLITE_IOERR_SHMSIZE = _SQLITE_IOERR | (19 << 8)

# PostgreSQL SQLSTATEs (and classes) that are faults rather than bugs.
_PG_DISK_FULL = {"53100", "53000"}
_PG_READ_ONLY = {"25006"}
_PG_DENIED = {"42501", "28000", "28P01"}
_PG_BUSY = {"55P03", "40001", "40P01"}  # lock not available; serialization failure; deadlock
_PG_GONE_CLASSES = ("08", "57")  # connection exceptions; operator intervention (shutdown …)


def translate(exc: BaseException, where: Param, path: Path | None = None) -> UserError | None:
    """The expected error ``exc`` stands for (``where`` names the event or file), or ``None``."""
    if isinstance(exc, UserError):
        return exc
    from sqlalchemy.exc import DBAPIError, IntegrityError

    if isinstance(exc, IntegrityError):
        return None  # a constraint: the caller's business (a nonce replay), or a bug
    if isinstance(exc, DBAPIError):
        orig = exc.orig
        mapped = translate(orig, where, path) if isinstance(orig, BaseException) else None
        if mapped is None and exc.connection_invalidated:
            mapped = server_unavailable(where, msg("store.connection_lost"))
        return mapped
    if isinstance(exc, sqlite3.Error):
        return _sqlite(exc, where, path)
    if type(exc).__module__.startswith("psycopg"):
        return _psycopg(exc, where)
    if isinstance(exc, OSError) and exc.errno in _OS_ERRORS:
        return _OS_ERRORS[exc.errno](str(exc.filename) if exc.filename else where)
    return None


def _sqlite(exc: sqlite3.Error, where: Param, path: Path | None) -> UserError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return busy(where)
    if primary == _SQLITE_FULL:
        return disk_full(where)
    if primary == _SQLITE_READONLY:
        return read_only(where)
    if primary in (_SQLITE_PERM, _SQLITE_AUTH):
        return access_denied(where)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return damaged(where, path, str(exc))
    if primary == _SQLITE_CANTOPEN:
        if path is not None and _on_read_only_disk(path):
            return read_only(where)
        return refusal(StorageError, msg("store.cannot_open", where=where))
    if code == _SQLITE_IOERR_SHMSIZE:  # the shared-memory file could not grow: no space
        return disk_full(where)
    if primary == _SQLITE_IOERR:
        return storage_error(where, getattr(exc, "sqlite_errorname", "SQLITE_IOERR"))
    return None


def _on_read_only_disk(path: Path) -> bool:
    """A read-only file system (a locked USB stick, a CD, a read-only mount)?"""
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # Windows has no statvfs
        return False


def _psycopg(exc: BaseException, where: Param) -> UserError | None:
    state = getattr(exc, "sqlstate", None) or ""
    if state in _PG_DISK_FULL:
        return disk_full(msg("store.the_server", where=where))
    if state in _PG_READ_ONLY:
        return read_only(msg("store.the_database_start", where=where))
    if state in _PG_DENIED:
        return access_denied(msg("store.the_database", where=where))
    if state in _PG_BUSY:
        error = busy(where)
        error.transient = True  # another transaction won: running again is safe
        return error
    psycopg = sys.modules.get("psycopg")
    gone = state.startswith(_PG_GONE_CLASSES)
    if psycopg is not None and isinstance(exc, psycopg.OperationalError) and not state:
        gone = True  # client side: refused, timed out, closed by the server
    if gone:
        return server_unavailable(where, _first_line(exc))
    return None


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else type(exc).__name__
    if len(lines) > 1 and "failed:" in text and len(text) < 80:
        text = f"{text} {lines[1]}"
    return mask_secrets(text.removeprefix("connection failed: ").rstrip("."))[:200]


@contextmanager
def mapped(where: Param, path: Path | None = None) -> Iterator[None]:
    """Database and ``sqlite3`` errors inside the block become their expected errors."""
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        user = translate(exc, where, path)
        if user is None or user is exc:
            raise
        raise user from exc


@contextmanager
def mapped_os(where: Param) -> Iterator[None]:
    """``OSError`` inside the block (writing ``where``) becomes its expected error."""
    try:
        yield
    except OSError as exc:
        user = _OS_ERRORS.get(exc.errno or 0)
        if user is None:
            raise
        raise user(str(exc.filename) if exc.filename else where) from exc


def retrying(work: Callable[[], T], *, seconds: float | None = None) -> T:
    """``work()``, repeated while it fails with a transient fault, for at most ``seconds``
    (default :func:`retry_seconds`); then the last fault is raised. Only for work that is safe
    to repeat."""
    budget = retry_seconds() if seconds is None else seconds
    deadline = time.monotonic() + budget
    delay = 0.2
    while True:
        try:
            return work()
        except UserError as exc:
            if not exc.transient or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 2.0)
