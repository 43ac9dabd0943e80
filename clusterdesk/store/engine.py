"""Opening an event: a SQLite file (the default) or a PostgreSQL database URL.

SQLite files run in WAL mode with foreign keys on, a busy timeout and ``synchronous=FULL`` (a
confirmed write survives a killed process or a power cut); write transactions start with
``BEGIN IMMEDIATE`` so that two desks never deadlock upgrading a read lock. A new event file is
created owner-only (0600) before SQLite opens it; its ``-wal``/``-shm`` files inherit that.

Every transaction maps the faults of the disk and the server to expected errors
(:mod:`clusterdesk.store.faults`); statements' parameters (badge codes, e-mail addresses) never
appear in an error message.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from clusterdesk.core.database_url import is_database_url
from clusterdesk.core.errors import NotAnEventError
from clusterdesk.core.messages import CodedError, msg, refusal
from clusterdesk.core.private_files import create_private_file, private_dir
from clusterdesk.core.safe_text import mask_password
from clusterdesk.store import faults
from clusterdesk.store.integrity import SQLITE_MAGIC, quick_check, read_header

_WRITE = "clusterdesk_write"


def _sqlite_engine(path: Path) -> Engine:
    timeout = faults.busy_timeout()
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"timeout": timeout, "check_same_thread": False},
        hide_parameters=True,
    )
    busy_ms = int(timeout * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={busy_ms}")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(_WRITE):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def _server_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as exc:  # noqa: BLE001 - any parse failure is bad input
        raise CodedError(msg("store.not_a_url", url=mask_password(url))) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not parsed.drivername.startswith("postgresql"):
        raise CodedError(msg("store.unsupported_database", driver=parsed.drivername))
    return create_engine(
        parsed,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10},
        hide_parameters=True,
    )


@dataclass
class EventDB:
    """An open event database. Hand out short sessions; never keep ORM objects across them."""

    engine: Engine
    target: str
    path: Path | None  # the SQLite file, or None for a server database

    def __post_init__(self) -> None:
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def describe(self) -> str:
        """A short human description for status bars: the file, or server and database."""
        if self.path is not None:
            return str(self.path)
        url = self.engine.url
        return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"

    def faults(self) -> AbstractContextManager[None]:
        """Database faults inside the block become expected errors naming this event."""
        return faults.mapped(self.describe(), self.path)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.faults(), self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction, committed on success and rolled back on any exception."""
        with self.faults(), self._writer() as session, session.begin():
            yield session

    def check_writable(self) -> None:
        """Raise the expected error now (read-only file or disk, a read-only database user …)
        rather than after long work whose result must be saved (a print run and its log)."""
        with self.write() as s:
            s.execute(text("DELETE FROM print_log WHERE 1 = 0"))  # changes nothing

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        raise CodedError(msg("store.no_event_file", path=str(path)))
    if path.is_dir():
        raise refusal(NotAnEventError, msg("store.folder", path=str(path)))
    try:
        head = read_header(path)
    except OSError as exc:
        said = CodedError(msg("store.cannot_read", path=str(path)))
        raise (faults.translate(exc, str(path)) or said) from exc
    if not head.startswith(SQLITE_MAGIC):
        raise refusal(NotAnEventError, msg("store.not_sqlite", path=str(path)))


def connect(target: str | Path, *, must_exist: bool = True) -> EventDB:
    """An :class:`EventDB` on the file or URL, without checking or migrating the schema."""
    if is_database_url(target):
        return EventDB(_server_engine(str(target)), str(target), None)
    path = Path(target).expanduser().resolve()
    if must_exist:
        _check_sqlite_file(path)
    elif path.exists():
        raise CodedError(msg("backup.exists", path=str(path)))
    else:
        with faults.mapped_os(str(path)):
            private_dir(path.parent)
            try:
                create_private_file(path)  # owner-only before SQLite writes a byte
            except FileExistsError as exc:
                raise CodedError(msg("backup.exists", path=str(path))) from exc
    return EventDB(_sqlite_engine(path), str(path), path)


def table_names(db: EventDB) -> set[str]:
    try:
        with db.faults(), db.engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    except DBAPIError as exc:
        said = msg("store.unreadable_event", where=db.describe(), why=str(exc.orig))
        raise refusal(NotAnEventError, said) from exc


def integrity_ok(db: EventDB) -> bool:
    """SQLite ``quick_check`` (always True for server databases)."""
    return db.path is None or not quick_check(db.path)
