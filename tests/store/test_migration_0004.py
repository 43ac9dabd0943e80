"""Revision 0004 rebuilds the participant table on SQLite: nothing that refers to a participant
may be lost (foreign keys are off during the migration and checked before its commit)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from clusterdesk.services import checkin
from clusterdesk.services.events import open_event
from clusterdesk.services.participants import ParticipantInput
from clusterdesk.store.engine import connect
from clusterdesk.store.models import Attendance, CheckInLog, Meeting, Participant
from clusterdesk.store.schema import HEAD_REVISION, current_revision, upgrade_to

ROWS = [
    "INSERT INTO event (id, name, start_date, end_date, timezone, venue, badge_prefix, secret,"
    " created_at) VALUES (1, 'Old', '2026-05-14', '2026-05-14', 'Europe/Vilnius', '', 'ABCD',"
    " 'secret', '2026-01-01 00:00:00')",
    "INSERT INTO participant (id, first_name, last_name, email, country, phone, title, notes,"
    " attention, status, badge_code, search_key, created_at, updated_at) VALUES"
    " (1, 'Kęstutis', 'Šetkus', 'k@lsu.lt', 'Lithuania', '', '', '', '', 'active', 'ABCD-1', '',"
    " '2026-01-01 00:00:00', '2026-01-01 00:00:00'),"
    " (2, 'Aiga', 'Irmeja', 'a@riga.lv', 'Latvia', '', '', '', '', 'active', 'ABCD-2', '',"
    " '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
    'INSERT INTO b2b_session (id, name, day, start, "end", slot_minutes, pauses) VALUES'
    " (1, 'B2B', '2026-05-14', '14:00:00', '16:00:00', 30, '')",
    'INSERT INTO slot (id, session_id, "index", starts_at, ends_at) VALUES'
    " (1, 1, 0, '2026-05-14 11:00:00', '2026-05-14 11:30:00')",
    "INSERT INTO meeting (id, participant_a_id, participant_b_id, slot_id, status, locked,"
    " created_at) VALUES (1, 1, 2, 1, 'no_show', false, '2026-01-01 00:00:00')",
    "INSERT INTO checkin_log (id, nonce, participant_id, action, result, reason, at, desk,"
    " operator, raw_input) VALUES (1, 'n1', 1, 'check_in', 'checked_in', '',"
    " '2026-05-14 07:00:00', 'Desk 1', '', 'ABCD-1')",
    "INSERT INTO attendance (participant_id, checked_in_at, desk, operator, log_id, inside)"
    " VALUES (1, '2026-05-14 07:00:00', 'Desk 1', '', 1, true)",
]


def test_0003_file_keeps_every_row_and_takes_walk_ins_without_e_mail(tmp_path: Path) -> None:
    path = tmp_path / "old.cdesk"
    db = connect(path, must_exist=False)
    upgrade_to(db, "0003")
    with db.engine.begin() as conn:
        for statement in ROWS:
            conn.execute(text(statement))
    db.dispose()

    opened = open_event(path)
    try:
        assert current_revision(opened) == HEAD_REVISION
        with opened.read() as s:
            assert s.scalar(select(func.count()).select_from(Participant)) == 2
            assert s.scalar(select(func.count()).select_from(Attendance)) == 1
            assert s.scalar(select(func.count()).select_from(CheckInLog)) == 1
            assert s.scalar(select(Meeting.absent)) == ""
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        for name in ("Doris", "Åsa"):
            result = checkin.register_walk_in(
                opened, ParticipantInput(first_name=name), desk="Desk 1"
            )
            assert result.result == checkin.CHECKED_IN
        with pytest.raises(IntegrityError), opened.write() as s:  # an e-mail stays unique
            s.execute(
                text(
                    "INSERT INTO participant (first_name, last_name, email, country, phone,"
                    " title, notes, attention, status, badge_code, search_key, created_at,"
                    " updated_at) VALUES ('X', '', 'k@lsu.lt', '', '', '', '', '', 'active',"
                    " 'ABCD-9', '', '2026-01-01', '2026-01-01')"
                )
            )
    finally:
        opened.dispose()


@pytest.mark.postgres
def test_0003_database_on_postgresql_migrates(pg_url: str) -> None:
    db = connect(pg_url, must_exist=False)
    upgrade_to(db, "0003")
    with db.engine.begin() as conn:
        for statement in ROWS:
            conn.execute(text(statement))
        for table in ("participant", "checkin_log"):  # the rows above were given their ids
            conn.execute(text(f"SELECT setval('{table}_id_seq', 10)"))
    db.dispose()
    opened = open_event(pg_url)
    try:
        assert current_revision(opened) == HEAD_REVISION
        result = checkin.register_walk_in(opened, ParticipantInput(first_name="Doris"), desk="D")
        again = checkin.register_walk_in(opened, ParticipantInput(first_name="Åsa"), desk="D")
        assert result.result == again.result == checkin.CHECKED_IN
        with opened.read() as s:
            assert s.scalar(select(func.count()).select_from(Participant)) == 4
            assert s.scalar(select(func.count()).select_from(Attendance)) == 3
    finally:
        opened.dispose()
