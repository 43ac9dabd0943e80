"""Revision 0005 adds the meeting's outcome rating: every row of a 0004 event stays, and its
meetings (held, no-show with who did not come) keep what they were, now "not rated"."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from clusterdesk.services.events import open_event
from clusterdesk.services.meeting_edits import set_status
from clusterdesk.store.backup_folder import MIGRATION, backups_of
from clusterdesk.store.engine import EventDB, connect
from clusterdesk.store.models import (
    Attendance,
    CheckInLog,
    Meeting,
    Participant,
    PlanBackup,
    Slot,
)
from clusterdesk.store.schema import HEAD_REVISION, current_revision, upgrade_to
from tests.store.test_migration_0004 import ROWS

ROWS_0004 = [
    *ROWS,
    "INSERT INTO participant (id, first_name, last_name, email, country, phone, title, notes,"
    " attention, status, badge_code, search_key, created_at, updated_at) VALUES"
    " (3, 'Олена', 'Фесенко', '', 'Ukraine', '', '', '', '', 'active', 'ABCD-3', '',"
    " '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
    'INSERT INTO slot (id, session_id, "index", starts_at, ends_at) VALUES'
    " (2, 1, 1, '2026-05-14 11:30:00', '2026-05-14 12:00:00')",
    "INSERT INTO meeting_table (id, label, zone, position) VALUES (1, 'T1', '', 0)",
    "INSERT INTO meeting (id, participant_a_id, participant_b_id, slot_id, table_id, status,"
    " locked, created_at, absent) VALUES (2, 1, 3, 2, 1, 'held', true, '2026-01-01 00:00:00', ''),"
    " (3, 2, 3, 1, 1, 'no_show', false, '2026-01-01 00:00:00', 'b')",
    "INSERT INTO plan_backup (id, at, actor, summary, meetings) VALUES"
    " (1, '2026-05-14 06:00:00', 'cli', 'before', '[]')",
]
COUNTS = {Participant: 3, Meeting: 3, Slot: 2, Attendance: 1, CheckInLog: 1, PlanBackup: 1}


def _fill_0004(db: EventDB) -> None:
    upgrade_to(db, "0004")
    with db.engine.begin() as conn:
        for statement in ROWS_0004:
            conn.execute(text(statement))
        if conn.dialect.name == "postgresql":  # the rows above were given their ids
            for table in ("participant", "meeting", "checkin_log", "plan_backup"):
                conn.execute(text(f"SELECT setval('{table}_id_seq', 10)"))
    db.dispose()


def _check(opened: EventDB) -> None:
    assert current_revision(opened) == HEAD_REVISION
    with opened.read() as s:
        for model, n in COUNTS.items():
            assert s.scalar(select(func.count()).select_from(model)) == n, model
        rows = s.execute(
            select(Meeting.id, Meeting.status, Meeting.absent, Meeting.rating, Meeting.locked)
        ).all()
    assert sorted(tuple(r) for r in rows) == [
        (1, "no_show", "", "", False),
        (2, "held", "", "", True),
        (3, "no_show", "b", "", False),
    ]
    set_status(opened, 2, "held", rating="agreement")  # the new column takes a rating
    with opened.read() as s:
        assert s.scalar(select(Meeting.rating).where(Meeting.id == 2)) == "agreement"


def test_0004_file_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.cdesk"
    _fill_0004(connect(path, must_exist=False))
    opened = open_event(path)
    try:
        _check(opened)
        with opened.read() as s:
            assert s.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        opened.dispose()
    assert [b for b in backups_of(path) if b.reason == MIGRATION]  # the file was backed up first


@pytest.mark.postgres
def test_0004_database_on_postgresql_keeps_every_row(pg_url: str) -> None:
    _fill_0004(connect(pg_url, must_exist=False))
    opened = open_event(pg_url)
    try:
        _check(opened)
    finally:
        opened.dispose()
