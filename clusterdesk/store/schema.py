"""Creating, checking and migrating the event schema (Alembic).

* ``create_event_db`` makes a new event: all tables from the models, stamped at the head revision.
* ``open_event_db`` opens an existing one: a file of an older revision is first backed up into its backup
  folder (:mod:`clusterdesk.store.backup_folder`), then migrated; a newer, foreign or damaged database is refused with a clear error and
  left as it was — a file is looked at read-only (:mod:`clusterdesk.store.integrity`) before the
  engine opens it, so it stays byte-identical.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError, DBAPIError

from clusterdesk.core.backup_prefs import read_backup_prefs
from clusterdesk.core.database_url import is_database_url
from clusterdesk.core.errors import NewerEventError, NotAnEventError
from clusterdesk.core.messages import CodedError, msg, refusal
from clusterdesk.store.backup_folder import MIGRATION, take
from clusterdesk.store.engine import EventDB, connect, table_names
from clusterdesk.store.integrity import check_event_file
from clusterdesk.store.models import Base

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Opening an event compares the file's stamp with it
# in plain SQL, so opening a current event (every `clusterdesk checkin` does) never imports
# Alembic; tests/store/test_schema_head.py keeps it equal to Alembic's head.
HEAD_REVISION = "0006"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(db: EventDB) -> str | None:
    """The revision the database is stamped with (Alembic's one-row version table)."""
    with db.engine.connect() as conn:
        stamps = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    return stamps[0] if len(stamps) == 1 else None  # none, or branches ClusterDesk never makes


def _run(db: EventDB, fn: str, revision: str) -> None:
    """Run an Alembic command in one transaction. On SQLite foreign keys are off meanwhile (a
    migration that rebuilds a table must not cascade its DROP into the tables referring to it,
    as SQLite's own ALTER TABLE procedure says) and checked before the commit."""
    from alembic import command

    cfg = alembic_config()
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _pragma(conn, "foreign_keys=OFF")  # only outside a transaction
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                getattr(command, fn)(cfg, revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise CodedError(
                            msg("store.update_breaks", where=db.describe(), n=len(broken))
                        )
        finally:
            if sqlite:
                _pragma(conn, "foreign_keys=ON")


def _pragma(conn: Connection, pragma: str) -> None:
    """A PRAGMA on the driver's connection, outside SQLAlchemy's transaction (autobegin)."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


def create_schema(db: EventDB) -> None:
    """Create every table of a new, empty database and stamp it at the head revision."""
    if "alembic_version" in table_names(db):
        raise CodedError(msg("store.holds_event", where=db.describe()))
    Base.metadata.create_all(db.engine)
    _run(db, "stamp", "head")


def upgrade_to(db: EventDB, revision: str = "head") -> None:
    _run(db, "upgrade", revision)


def ensure_current(db: EventDB) -> Path | None:
    """Check the schema; migrate an older one (after an online backup into the event's backup
    folder). Returns the backup path."""
    try:
        tables = table_names(db)
        if "alembic_version" not in tables or "event" not in tables:
            said = msg("store.no_tables", where=db.describe())
            raise refusal(NotAnEventError, said)
        with db.faults():
            revision = current_revision(db)
    except (DatabaseError, DBAPIError) as exc:
        said = msg("store.unreadable_event", where=db.describe(), why=str(exc.orig))
        raise refusal(NotAnEventError, said) from exc
    if revision == HEAD_REVISION:
        return None
    _refuse_unknown(revision, db.describe())
    assert revision is not None
    backup = None
    if db.path is not None:  # into the event's backup folder, where a restore finds it
        backup = take(db.path, MIGRATION, read_backup_prefs().keep)
    with db.faults():
        upgrade_to(db, "head")
    return backup


def _refuse_unknown(revision: str | None, where: str) -> None:
    if revision is None:
        raise refusal(NotAnEventError, msg("store.no_schema_version", where=where))
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise refusal(NewerEventError, msg("store.newer", where=where, schema=revision))


def open_event_db(target: str | Path) -> EventDB:
    """Open an existing event file or URL, migrating it when it is older than this version."""
    if not is_database_url(target):
        path = Path(target).expanduser().resolve()
        _refuse_unknown(check_event_file(path).revision, str(path))  # read-only, before WAL
    db = connect(target, must_exist=True)
    try:
        ensure_current(db)
    except Exception:
        db.dispose()
        raise
    return db


def create_event_db(target: str | Path) -> EventDB:
    """A new, empty event database (file must not exist; a server database must be empty)."""
    db = connect(target, must_exist=False)
    try:
        create_schema(db)
    except Exception:
        db.dispose()
        if db.path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(db.path) + suffix).unlink(missing_ok=True)
        raise
    return db
