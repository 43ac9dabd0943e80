"""A full disk (a real 3 MB tmpfs, filled): every writing command exits 2 with one line naming
the disk's file, changes nothing, leaves no partial file, and works again once there is space."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.helpers import cli
from tests.reliability.helpers import fill, one_line, small_disk


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path, 3072) as where:
        yield where


@pytest.fixture
def event_on_disk(demo_file: Path, disk: Path) -> Path:
    path = disk / "forum.cdesk"
    shutil.copyfile(demo_file, path)
    return path


def _codes(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT badge_code FROM participant ORDER BY id")]
    finally:
        conn.close()


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _assert_disk_full(run_err: str, where: Path) -> None:
    line = one_line(run_err)
    assert f"The disk holding {where} is full: nothing was saved" in line, line
    assert "Traceback" not in run_err and "SQL" not in line


# "completely": not a byte left, not even for SQLite's shared-memory file; "mid-write": the file
# opens, and the disk fills while the transaction is written.
@pytest.mark.parametrize("leave", [0, 48 * 1024], ids=["completely", "mid-write"])
def test_check_in_on_a_full_disk(event_on_disk: Path, disk: Path, leave: int) -> None:
    code = _codes(event_on_disk)[3]
    filler = fill(disk, leave)
    run = cli("checkin", str(event_on_disk), code)
    assert run.code == 2, run
    _assert_disk_full(run.err, event_on_disk)
    filler.unlink()
    assert _count(event_on_disk, "attendance") == 0  # never a check-in nobody was told about
    again = cli("checkin", str(event_on_disk), code, "--json")
    assert again.code == 0, again
    assert json.loads(again.out)["result"] == "checked_in"


def test_import_on_a_full_disk(event_on_disk: Path, disk: Path, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    rows = "".join(f"Vardas{i},Pavardė{i},p{i}@example.lt\n" for i in range(4000))
    people.write_text("first_name,last_name,email\n" + rows, encoding="utf-8")
    before = _count(event_on_disk, "participant")
    filler = fill(disk, 64 * 1024)
    run = cli("import", "participants", str(event_on_disk), str(people))
    assert run.code == 2, run
    _assert_disk_full(run.err, event_on_disk)
    filler.unlink()
    assert _count(event_on_disk, "participant") == before  # all or nothing
    assert cli("import", "participants", str(event_on_disk), str(people)).code == 0


def test_badges_to_a_full_disk(demo_file: Path, disk: Path) -> None:
    out = disk / "badges.pdf"
    filler = fill(disk, 16 * 1024)
    run = cli("badges", str(demo_file), str(out))
    assert run.code == 2, run
    _assert_disk_full(run.err, out)
    assert not out.exists()
    assert [p.name for p in disk.iterdir()] == [filler.name]  # no temporary file left either
    assert _count(demo_file, "print_log") == 0  # nothing logged as printed
    filler.unlink()
    again = cli("badges", str(demo_file), str(out))
    assert again.code == 0, again
    assert _count(demo_file, "print_log") == int(again.out.split()[0])  # "148 badges on …"


def test_badges_when_the_events_disk_is_full(
    event_on_disk: Path, disk: Path, tmp_path: Path
) -> None:
    out = tmp_path / "badges.pdf"  # another disk, with space
    filler = fill(disk, 0)
    run = cli("badges", str(event_on_disk), str(out))
    assert run.code == 2, run
    _assert_disk_full(run.err, event_on_disk)
    assert not out.exists()  # no PDF the print log does not know about
    filler.unlink()
    assert _count(event_on_disk, "print_log") == 0


@pytest.mark.parametrize("leave", [0, 200 * 1024], ids=["completely", "mid-copy"])
def test_backup_to_a_full_disk_leaves_no_part_file(demo_file: Path, disk: Path, leave: int) -> None:
    out = disk / "backup.cdesk"
    filler = fill(disk, leave)
    run = cli("backup", str(demo_file), str(out))
    assert run.code == 2, run
    _assert_disk_full(run.err, out)
    assert sorted(p.name for p in disk.iterdir()) == [filler.name]  # no OUT, no OUT.part
    filler.unlink()
    assert cli("backup", str(demo_file), str(out)).code == 0
    assert _count(out, "participant") == 150
