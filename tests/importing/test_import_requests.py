"""Importing meeting requests between participants of a real event (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clusterdesk.cli.words import describe, row_problem
from clusterdesk.core.errors import InputFileError
from clusterdesk.services.people_import import import_participants, import_requests
from clusterdesk.services.sessions import add_session
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import MeetingRequest, Participant
from tests.importing.files import HEADER_EN, PEOPLE, write_csv, write_xlsx

K, J, G, A, W = (p[2] for p in PEOPLE)  # the five people's e-mails


@pytest.fixture
def forum(event_db: EventDB, tmp_path: Path) -> EventDB:
    import_participants(event_db, write_csv(tmp_path / "people.csv", [HEADER_EN, *PEOPLE]))
    add_session(
        event_db,
        name="B2B matchmaking",
        day=date(2026, 5, 14),
        start=time(13),
        end=time(17),
        slot_minutes=20,
    )
    return event_db


def _requests(db: EventDB) -> set[tuple[str, str, str, int, bool]]:
    with db.read() as s:
        emails = dict(s.execute(select(Participant.id, Participant.email)).all())
        return {
            (
                emails[m.requester_id],
                emails[m.target_id],
                m.status,
                m.priority,
                m.session_id is not None,
            )
            for m in s.scalars(select(MeetingRequest))
        }


def _count(db: EventDB) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(MeetingRequest.id))) or 0


def test_import_with_defaults_and_synonyms(forum: EventDB, tmp_path: Path) -> None:
    rows = [
        ["From", "To", "Status", "Priority", "Sesija", "Why"],
        [K, J, "", "", "", "partners"],
        [J.upper(), K, "Pending", "2", "b2b MATCHMAKING", ""],
        [G, A, "declined", "3.0", "", ""],
    ]
    report = import_requests(forum, write_csv(tmp_path / "r.csv", rows, delimiter=";"))
    assert (report.created, report.updated, report.unchanged) == (3, 0, 0)
    assert report.ignored_columns == ["Why"]
    assert _requests(forum) == {
        (K, J, "accepted", 1, False),
        (J, K, "pending", 2, True),
        (G, A, "declined", 3, False),
    }


def test_every_request_problem(forum: EventDB, tmp_path: Path) -> None:
    rows = [
        ["requester_email", "target_email", "status", "priority", "session"],
        [K, J, "", "", ""],  # 2 fine
        ["", J, "", "", ""],  # 3 no requester
        [K, "nobody@nowhere.lt", "", "", ""],  # 4 unknown target
        ["not-an-email", J, "", "", ""],  # 5 malformed requester
        [A, A.upper(), "", "", ""],  # 6 themselves
        [K, J, "", "", ""],  # 7 duplicate of row 2
        [G, W, "maybe", "", ""],  # 8 bad status
        [G, W, "", "high", ""],  # 9 bad priority
        [G, W, "", "0", ""],  # 10 not positive
        [G, W, "", "", "Evening session"],  # 11 unknown session
    ]
    with pytest.raises(InputFileError) as info:
        import_requests(forum, write_csv(tmp_path / "r.csv", rows))
    assert _count(forum) == 0
    got = [(p.row, p.column, describe(p.msg) if p.msg else p.message) for p in info.value.problems]
    assert [(r, c) for r, c, _ in got] == [
        (3, "requester_email"),
        (4, "target_email"),
        (5, "requester_email"),
        (6, "target_email"),
        (7, "target_email"),
        (8, "status"),
        (9, "priority"),
        (10, "priority"),
        (11, "session"),
    ]
    assert "nobody with the e-mail nobody@nowhere.lt is registered" in got[1][2]
    assert "themselves" in got[3][2]
    assert got[4][2] == "the same request is also on row 2"
    assert "'maybe' is not a status (use accepted, pending, declined)" in got[5][2]
    assert "no B2B session named 'Evening session'" in got[8][2]
    assert "r.csv, row 4, column 'target_email'" in str(info.value)


def test_existing_pairs_are_unchanged_or_updated(forum: EventDB, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", [["from", "to"], [K, J], [G, A]])
    import_requests(forum, first)
    second = write_csv(
        tmp_path / "b.csv", [["from", "to", "priority"], [K, J, "5"], [G, A, ""], [A, W, ""]]
    )
    report = import_requests(forum, second, dry_run=True)
    assert (report.created, report.updated, report.unchanged) == (1, 0, 2)
    assert _count(forum) == 2
    report = import_requests(forum, second)
    assert (report.created, report.updated, report.unchanged) == (1, 0, 2)
    assert (K, J, "accepted", 1, False) in _requests(forum)
    report = import_requests(forum, second, update=True)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    assert (K, J, "accepted", 5, False) in _requests(forum)
    assert _count(forum) == 3


def test_requests_from_xlsx_with_mapping(forum: EventDB, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [["Dalyvis", "Nori susitikti su", "Svarba"], [W, K, 2]])
    with pytest.raises(InputFileError) as missing:
        import_requests(forum, path)
    assert "no column for requester_email" in row_problem(missing.value.problems[0])
    report = import_requests(
        forum, path, mapping={"requester_email": "Dalyvis", "target_email": "Nori susitikti su"}
    )
    assert report.created == 1
    assert _requests(forum) == {(W, K, "accepted", 2, False)}
