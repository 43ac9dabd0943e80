"""Automatic backups on real event files: consistent while another connection writes, the newest K
kept, what a backup holds, restoring (undoable), a damaged file's newest good backup, and a
failing backup that never costs a check-in."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from clusterdesk.core.paths import event_backups_dir
from clusterdesk.services import checkin
from clusterdesk.services.auto_backups import (
    IMPORT,
    INTERVAL,
    SCHEDULE,
    backup_before,
    backup_contents,
    list_backups,
    newest_good,
    restore_backup,
)
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event
from clusterdesk.services.meetings import schedule_meetings
from clusterdesk.services.participants import ParticipantInput, create_participant
from clusterdesk.services.stats import event_stats
from clusterdesk.store.engine import EventDB
from tests.said import refused


def _codes(db: EventDB) -> list[str]:
    from sqlalchemy import select

    from clusterdesk.store.models import Participant

    with db.read() as s:
        return list(s.scalars(select(Participant.badge_code).order_by(Participant.id)))


def _integrity(path: Path) -> tuple[str, int]:
    """(integrity_check's verdict, check-ins without their log entry) of a backup file."""
    with sqlite3.connect(path) as conn:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM attendance a LEFT JOIN checkin_log l ON l.id = a.log_id "
            "WHERE l.id IS NULL"
        ).fetchone()[0]
    conn.close()
    return str(verdict), int(orphans)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "forum.cdesk"
    build_demo(path, participants=120, seed=7)
    return path


def test_a_backup_taken_while_another_connection_checks_people_in_is_consistent(
    demo: Path,
) -> None:
    writer_db, backup_db = open_event(demo), open_event(demo)
    codes = _codes(writer_db)
    done = threading.Event()
    checked: list[str] = []

    def desk() -> None:  # another desk, on its own connection, checking everybody in
        for code in codes:
            result = checkin.check_in(writer_db, code=code, desk="B")
            checked.append(result.result)
        done.set()

    thread = threading.Thread(target=desk)
    thread.start()
    taken = []
    while not done.is_set() and len(taken) < 30:
        attempt = backup_before(backup_db, INTERVAL, keep=100)
        assert attempt.error is None and attempt.path is not None
        taken.append(attempt.path)
    thread.join()
    total = checked.count(checkin.CHECKED_IN)  # everybody but the demo's cancelled ones
    assert len(taken) >= 2 and total > 100
    counts = []
    for path in taken:
        assert _integrity(path) == ("ok", 0), path
        counts.append(backup_contents(path).checked_in)
    assert counts == sorted(counts)  # each a snapshot of one moment, in order
    assert counts[0] < total and counts[-1] <= total  # taken while the desk was writing
    writer_db.dispose()
    backup_db.dispose()


def test_pruning_keeps_the_newest_k(demo: Path) -> None:
    db = open_event(demo)
    try:
        paths = [backup_before(db, reason, keep=3).path for reason in [IMPORT, SCHEDULE] * 3]
    finally:
        db.dispose()
    kept = list_backups(demo)
    assert [b.path for b in kept] == list(reversed(paths[-3:]))
    assert [b.reason for b in kept] == [SCHEDULE, IMPORT, SCHEDULE]
    assert all(p is not None and not p.exists() for p in paths[:3])


def test_the_desk_timer_never_pushes_out_a_backup_taken_before_a_change(demo: Path) -> None:
    """Routine backups (opening, the desk's timer) and those before a change are kept apart:
    many timed backups after an import leave the one before the import in place."""
    db = open_event(demo)
    try:
        before_import = backup_before(db, IMPORT, keep=3).path
        before_run = backup_before(db, SCHEDULE, keep=3).path
        timed = [backup_before(db, INTERVAL, keep=3).path for _ in range(6)]
    finally:
        db.dispose()
    kept = list_backups(demo)
    assert [b.path for b in kept if b.reason == INTERVAL] == list(reversed(timed[-3:]))
    assert [b.path for b in kept if b.reason != INTERVAL] == [before_run, before_import]
    assert all(p is not None and not p.exists() for p in timed[:3])


def test_the_preview_counts_what_the_backup_holds(demo: Path) -> None:
    db = open_event(demo)
    try:
        schedule_meetings(db, time_limit=3)
        for code in _codes(db)[:17]:
            checkin.check_in(db, code=code, desk="A")
        then = event_stats(db)
        before = backup_before(db, IMPORT).path
        create_participant(db, ParticipantInput(first_name="Late", email="late@x.lt"))
        checkin.check_in(db, code=_codes(db)[-1], desk="A")
    finally:
        db.dispose()
    assert before is not None
    held = backup_contents(before)
    assert (held.participants, held.checked_in, held.meetings) == (
        then.participants,
        17,
        then.meetings_scheduled,
    )
    assert held.meetings > 0 and held.last_check_in is not None
    assert held.event_name == "Baltic Cluster Forum 2026"


def test_a_restore_backs_the_event_up_first_so_it_can_be_undone(demo: Path) -> None:
    db = open_event(demo)
    try:
        backup = backup_before(db, IMPORT).path
        create_participant(db, ParticipantInput(first_name="Added", email="added@x.lt"))
        later = event_stats(db).participants
    finally:
        db.dispose()
    assert backup is not None
    done = restore_backup(demo, backup)
    assert done.safety is not None and done.set_aside is None
    assert backup_contents(demo).participants == later - 1
    assert backup_contents(done.safety).participants == later
    restore_backup(demo, done.safety)  # the undo
    reopened = open_event(demo)
    try:
        assert event_stats(reopened).participants == later
    finally:
        reopened.dispose()


def test_a_file_that_is_no_event_gets_its_newest_good_backup(demo: Path) -> None:
    db = open_event(demo)
    try:
        good = backup_before(db, IMPORT).path
        newer = backup_before(db, SCHEDULE).path
    finally:
        db.dispose()
    assert good is not None and newer is not None
    newer.write_bytes(b"\0" * 4096)  # the newest backup is damaged too: skipped
    demo.write_bytes(b"PK\3\4 this was overwritten by a zip file" * 100)
    assert newest_good(demo) == good
    done = restore_backup(demo, good)
    assert done.set_aside is not None and done.set_aside.read_bytes().startswith(b"PK")
    reopened = open_event(demo)
    try:
        assert event_stats(reopened).participants == backup_contents(good).participants
    finally:
        reopened.dispose()


def test_a_damaged_backup_is_not_restored_and_changes_nothing(demo: Path) -> None:
    db = open_event(demo)
    try:
        bad = backup_before(db, IMPORT).path
    finally:
        db.dispose()
    assert bad is not None
    bad.write_bytes(b"not a database")
    before = demo.read_bytes()
    with refused("not a ClusterDesk event", Exception):
        restore_backup(demo, bad)
    assert demo.read_bytes() == before
    assert [b.reason for b in list_backups(demo)] == [IMPORT]  # no safety backup taken either


@pytest.mark.parametrize("how", ["read-only folder", "a file in its place"])
def test_a_failing_backup_is_a_warning_and_never_costs_a_check_in(
    demo: Path, how: str, tmp_path: Path
) -> None:
    folder = event_backups_dir(demo.resolve())
    if how == "read-only folder":
        import os

        if os.geteuid() == 0:
            pytest.skip("root may write into a read-only folder")
        folder.chmod(0o500)
    else:
        folder.rmdir()
        folder.write_bytes(b"")  # the backups folder cannot be made
    db = open_event(demo)
    try:
        code = _codes(db)[0]
        attempt = backup_before(db, INTERVAL)
        assert attempt.failed and attempt.path is None
        assert checkin.check_in(db, code=code, desk="A").result == checkin.CHECKED_IN
    finally:
        db.dispose()
        if how == "read-only folder":
            folder.chmod(0o700)
    reopened = open_event(demo)
    try:
        assert event_stats(reopened).checked_in == 1
    finally:
        reopened.dispose()
