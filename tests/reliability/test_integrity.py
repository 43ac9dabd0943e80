"""Damage that must not go unnoticed, and files that must not be changed by looking at them."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from clusterdesk.core.errors import DamagedEventError, NewerEventError, NotAnEventError
from clusterdesk.services.backup import automatic_backup, backup_event, good_backup_of
from clusterdesk.services.events import open_event
from clusterdesk.services.participants import list_participants
from clusterdesk.store.integrity import quick_check
from tests.cli.helpers import cli
from tests.reliability.helpers import damage, file_state, one_line


def _first_code(path: Path) -> str:
    conn = sqlite3.connect(path)  # read-write: the last connection to close removes -wal/-shm
    try:
        return str(conn.execute("SELECT badge_code FROM participant LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def _people_csv(tmp_path: Path) -> Path:
    csv = tmp_path / "more.csv"
    csv.write_text("first_name,last_name,email\nAiga,Irmeja,aiga@x.lv\n", encoding="utf-8")
    return csv


def _commands(event: Path, tmp_path: Path, code: str) -> list[list[str]]:
    return [
        ["participants", str(event)],
        ["stats", str(event)],
        ["checkin", str(event), code],
        ["import", "participants", str(event), str(_people_csv(tmp_path))],
        ["backup", str(event), str(tmp_path / "copy.cdesk")],
        ["badges", str(event), str(tmp_path / "badges.pdf")],
    ]


def test_a_damaged_event_is_refused_by_every_command_and_left_as_it_was(
    demo_file: Path, tmp_path: Path
) -> None:
    code = _first_code(demo_file)
    damage(demo_file)
    assert quick_check(demo_file), "the damage must be one SQLite's own check finds"
    before = file_state(demo_file)
    for args in _commands(demo_file, tmp_path, code):
        run = cli(*args)
        assert run.code == 2, (args, run)
        line = one_line(run.err)
        assert f"The event file {demo_file} is damaged" in line, (args, line)
        assert "nothing was changed" in line
        assert "Traceback" not in run.err
        assert file_state(demo_file) == before, args  # no check-in, import or WAL written
    assert not (tmp_path / "copy.cdesk").exists()
    assert not (tmp_path / "copy.cdesk.part").exists()
    assert not (tmp_path / "badges.pdf").exists()


def test_the_error_names_the_newest_good_backup(demo_file: Path, tmp_path: Path) -> None:
    db = open_event(demo_file)
    older = automatic_backup(db)
    db.dispose()
    assert older is not None and not quick_check(older)
    migration = demo_file.with_name(f"{demo_file.name}.before-0002-20260101-000000.bak")
    shutil.copyfile(demo_file, migration)
    os.utime(older, (1_000_000, 1_000_000))  # the migration copy is the newer of the two
    damaged_backup = older.with_name("forum-29991231-235959.cdesk")
    shutil.copyfile(demo_file, damaged_backup)
    damage(damaged_backup)  # the newest file of all, but damaged: skipped
    damage(demo_file)

    assert good_backup_of(demo_file) == migration
    with pytest.raises(DamagedEventError) as caught:
        open_event(demo_file)
    assert caught.value.backup == migration
    run = cli("participants", str(demo_file))
    assert run.code == 2
    assert f"The newest good backup is {migration}" in one_line(run.err)
    # the offered backup really opens, with everybody in it
    copy = open_event(caught.value.backup)
    assert len(list_participants(copy)) == 150
    copy.dispose()

    migration.unlink()
    with pytest.raises(DamagedEventError) as caught:
        open_event(demo_file)
    assert caught.value.backup == older


def test_without_a_backup_the_error_says_so(demo_file: Path) -> None:
    damage(demo_file)
    run = cli("stats", str(demo_file))
    assert run.code == 2
    assert "No intact backup of it was found" in one_line(run.err)


def test_backup_refuses_an_event_damaged_while_open(demo_file: Path, tmp_path: Path) -> None:
    db = open_event(demo_file)  # intact when opened …
    try:
        damage(demo_file)  # … damaged underneath (a failing disk)
        out = tmp_path / "backup.cdesk"
        with pytest.raises(DamagedEventError) as caught:
            backup_event(db, out)
        assert str(demo_file) in str(caught.value)
        assert not out.exists()
        assert not Path(f"{out}.part").exists()
    finally:
        db.dispose()


def test_a_backup_is_checked_and_self_contained(demo_file: Path, tmp_path: Path) -> None:
    db = open_event(demo_file)
    out = backup_event(db, tmp_path / "sub" / "backup.cdesk")
    db.dispose()
    assert quick_check(out) == ""
    assert not Path(f"{out}-wal").exists() and not Path(f"{out}.part").exists()
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_another_programs_database_stays_byte_identical(tmp_path: Path, journal: str) -> None:
    foreign = tmp_path / "contacts.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute(f"PRAGMA journal_mode={journal}")
        conn.execute("CREATE TABLE contact (name TEXT, email TEXT)")
        conn.execute("INSERT INTO contact VALUES ('Doris Pold', 'doris@x.ee')")
    conn.close()
    before = file_state(foreign)
    assert before["-wal"] is None and before["-shm"] is None
    for args in _commands(foreign, tmp_path, "ABCD-EFGH"):
        run = cli(*args)
        assert run.code == 2, (args, run)
        assert "not a ClusterDesk event" in one_line(run.err)
        assert file_state(foreign) == before, args  # not switched to WAL; no -wal/-shm made
    with pytest.raises(NotAnEventError):
        open_event(foreign)
    assert file_state(foreign) == before


def test_an_event_of_a_newer_clusterdesk_stays_byte_identical(
    demo_file: Path, tmp_path: Path
) -> None:
    code = _first_code(demo_file)
    with sqlite3.connect(demo_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = file_state(demo_file)
    assert before["-wal"] is None
    for args in _commands(demo_file, tmp_path, code):
        run = cli(*args)
        assert run.code == 2, (args, run)
        assert "newer ClusterDesk" in one_line(run.err)
        assert file_state(demo_file) == before, args
    with pytest.raises(NewerEventError):
        open_event(demo_file)
    assert file_state(demo_file) == before
