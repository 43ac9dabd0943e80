from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from clusterdesk.core.errors import NewerEventError, NotAnEventError
from clusterdesk.services.events import create_event, event_info, open_event
from clusterdesk.store.backup_folder import MIGRATION, backups_of
from clusterdesk.store.engine import EventDB, connect
from clusterdesk.store.models import Event
from clusterdesk.store.schema import current_revision, head_revision, upgrade_to
from tests.said import refused
from tests.store.old_files import event_at_0001


def test_new_event_is_at_head_and_reopens(event_db: EventDB) -> None:
    assert current_revision(event_db) == head_revision()
    info = event_info(event_db)
    assert info.name == "Baltic Cluster Forum"
    assert len(info.badge_prefix) == 4
    again = open_event(event_db.target)
    assert event_info(again).badge_prefix == info.badge_prefix
    again.dispose()


def test_sqlite_pragmas(sqlite_event: EventDB) -> None:
    with sqlite_event.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_write_transactions_are_immediate(sqlite_event: EventDB, tmp_path: Path) -> None:
    # While one write transaction is open, a second writer waits for the lock (and here times out)
    # instead of starting and failing later at commit.
    import sqlite3

    with sqlite_event.write() as s:
        s.execute(select(Event.id)).all()
        other = sqlite3.connect(sqlite_event.path, timeout=0.1, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_older_file_is_backed_up_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.cdesk"
    event_at_0001(path)
    opened = open_event(path)
    assert current_revision(opened) == head_revision()
    assert event_info(opened).name == "Old"
    backups = [b.path for b in backups_of(path) if b.reason == MIGRATION]
    assert len(backups) == 1
    old = connect(backups[0])
    assert current_revision(old) == "0001"
    old.dispose()
    opened.dispose()


def test_newer_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.cdesk"
    create_event(path, name="Future", start=date(2030, 1, 1)).dispose()
    db = connect(path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    before = path.read_bytes()
    with refused("newer ClusterDesk", NewerEventError):
        open_event(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.parametrize(
    "content", [b"first_name;last_name\nA;B\n", b"", b"SQLite format 3\x00" + b"\x00" * 200]
)
def test_non_event_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "not-an-event.cdesk"
    path.write_bytes(content)
    with pytest.raises(NotAnEventError):
        open_event(path)
    assert path.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with refused("not a ClusterDesk event", NotAnEventError):
        open_event(path)


def test_missing_file_and_existing_target(tmp_path: Path) -> None:
    with refused("No event file"):
        open_event(tmp_path / "nope.cdesk")
    path = tmp_path / "e.cdesk"
    create_event(path, name="E", start=date(2026, 1, 1)).dispose()
    with refused("already exists"):
        create_event(path, name="E", start=date(2026, 1, 1))


def test_models_match_migrations(event_db: EventDB) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from clusterdesk.store.models import Base

    with event_db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_migrations_alone_build_the_same_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from clusterdesk.store.models import Base

    db = connect(tmp_path / "m.cdesk", must_exist=False)
    upgrade_to(db, "head")
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    db.dispose()
