"""Read-only and unreadable event files, a read-only disk, and owner-only files and folders.

The suite runs as root, whom file permissions do not bind; the command line runs here as root
without that power (``setpriv``, tests/reliability/helpers.py), so a 0444 or 0000 file behaves as
it does for a desk operator."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from clusterdesk.services.backup import automatic_backup, backup_event
from clusterdesk.services.events import open_event
from clusterdesk.store.backup_folder import MIGRATION, backups_of
from tests.cli.helpers import cli
from tests.reliability.helpers import cli_as_user, one_line, small_disk
from tests.store.old_files import event_at_0001


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _code(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT badge_code FROM participant LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def _attendance(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM attendance").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def read_only_event(demo_file: Path) -> Iterator[Path]:
    demo_file.chmod(0o444)
    yield demo_file
    demo_file.chmod(0o600)


def test_a_read_only_event_file_reads_but_refuses_writes_in_one_line(
    read_only_event: Path, tmp_path: Path
) -> None:
    code = _code(read_only_event)
    listed = cli_as_user("participants", str(read_only_event))
    assert listed.code == 0, listed  # looking is fine
    assert listed.out.strip().endswith("150 participant(s)")

    run = cli_as_user("checkin", str(read_only_event), code)
    assert run.code == 2, run
    line = one_line(run.err)
    assert f"{read_only_event} is read-only" in line and "nothing was saved" in line

    people = tmp_path / "more.csv"
    people.write_text("first_name,last_name,email\nAiga,Irmeja,aiga@x.lv\n", encoding="utf-8")
    run = cli_as_user("import", "participants", str(read_only_event), str(people))
    assert run.code == 2, run
    assert f"{read_only_event} is read-only" in one_line(run.err)
    read_only_event.chmod(0o600)
    assert _attendance(read_only_event) == 0


def test_badges_check_the_event_is_writable_before_writing_the_pdf(
    read_only_event: Path, tmp_path: Path
) -> None:
    out = tmp_path / "badges.pdf"
    run = cli_as_user("badges", str(read_only_event), str(out))
    assert run.code == 2, run
    assert f"{read_only_event} is read-only" in one_line(run.err)
    assert not out.exists()  # not written and then left without its print-log entries
    assert list(tmp_path.glob(".badges.pdf.*")) == []
    proof = cli_as_user("badges", str(read_only_event), str(out), "--no-log")
    assert proof.code == 0, proof  # a proof copy logs nothing, so it needs no write access
    assert out.exists()


def test_an_unreadable_event_file_is_a_clear_error(demo_file: Path) -> None:
    code = _code(demo_file)
    demo_file.chmod(0o000)
    try:
        for args in (["participants", str(demo_file)], ["checkin", str(demo_file), code]):
            run = cli_as_user(*args)
            assert run.code == 2, run
            line = one_line(run.err)
            assert f"ClusterDesk may not open {demo_file} (permission denied)" in line
    finally:
        demo_file.chmod(0o600)


def test_an_event_on_a_read_only_disk(demo_file: Path, tmp_path: Path) -> None:
    with small_disk(tmp_path, 2048) as disk:
        event = disk / "forum.cdesk"
        shutil.copyfile(demo_file, event)
        code = _code(demo_file)
        remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only: {remount.stderr.decode().strip()}")
        for args in (["checkin", str(event), code], ["participants", str(event)]):
            run = cli(*args)
            assert run.code == 2, run
            assert f"{event} is read-only" in one_line(run.err)


def test_files_and_folders_with_personal_data_are_owner_only(
    tmp_path: Path, isolated_home: Path
) -> None:
    old = os.umask(0o022)  # the usual umask: without explicit modes files would be 0644
    try:
        event = tmp_path / "new" / "forum.cdesk"
        made = cli("new", str(event), "--name", "Forum", "--start", "2026-05-14")
        assert made.code == 0, made
        assert _mode(event) == 0o600
        assert _mode(event.parent) == 0o700  # a folder ClusterDesk created
        demo = tmp_path / "demo.cdesk"
        assert cli("demo", str(demo), "--participants", "20").code == 0
        assert _mode(demo) == 0o600

        db = open_event(demo)
        try:
            assert _mode(Path(f"{demo}-wal")) == 0o600  # SQLite's side files follow the file
            assert _mode(Path(f"{demo}-shm")) == 0o600
            copy = backup_event(db, tmp_path / "backups" / "copy.cdesk")
            assert _mode(copy) == 0o600 and _mode(copy.parent) == 0o700
            auto = automatic_backup(db)
            assert auto is not None and _mode(auto) == 0o600
            for folder in (auto.parent, auto.parent.parent, isolated_home / "data"):
                assert _mode(folder) == 0o700, folder
        finally:
            db.dispose()

        logged = cli("participants", str(tmp_path / "missing.cdesk"))
        assert logged.code == 2
        cli("stats", "postgresql+psycopg://u@127.0.0.1:1/x")  # writes nothing secret to the log
        log_dir = isolated_home / "log"
        assert _mode(log_dir) == 0o700
        for log in log_dir.iterdir():
            assert _mode(log) == 0o600, log
    finally:
        os.umask(old)


def test_the_copy_taken_before_a_migration_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "old.cdesk"
    event_at_0001(path)
    old = os.umask(0o022)
    try:
        open_event(path).dispose()
    finally:
        os.umask(old)
    (backup,) = [b.path for b in backups_of(path) if b.reason == MIGRATION]
    assert _mode(backup) == 0o600
