"""The check-in service on SQLite and PostgreSQL: every result code, nonces, undo, check-out."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from clusterdesk.core import badge_codes
from clusterdesk.core.errors import UserError
from clusterdesk.services import checkin
from clusterdesk.services.checkin import result as outcome
from clusterdesk.services.events import badge_keys, create_event
from clusterdesk.services.participants import get_participant, set_registration
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Attendance, CheckInLog
from tests.checkin.helpers import code_of


def log_rows(db: EventDB) -> list[CheckInLog]:
    with db.read() as s:
        return list(s.scalars(select(CheckInLog).order_by(CheckInLog.id)))


def attendance_count(db: EventDB) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Attendance)) or 0


def test_check_in_then_already(event_db: EventDB, people: dict[str, int]) -> None:
    code = code_of(event_db, people["kestutis"])
    before = datetime.now(UTC)
    first = checkin.check_in(event_db, code=code, desk="Desk 1", operator="Aiga")
    assert first.result == checkin.CHECKED_IN and first.reason == ""
    assert first.participant is not None and first.participant.full_name == "Kęstutis Šetkus"
    assert first.participant.organization == "Klaipėda Science Park"
    assert first.participant.category == "Cluster"
    assert first.desk == "Desk 1" and first.checked_in_at is not None
    assert before <= first.checked_in_at <= datetime.now(UTC)

    again = checkin.check_in(event_db, code=code.lower(), desk="Desk 2")
    assert again.result == checkin.ALREADY
    assert again.desk == "Desk 1" and again.checked_in_at == first.checked_in_at

    row = get_participant(event_db, people["kestutis"])
    assert row.checked_in_at == first.checked_in_at and row.checked_in_desk == "Desk 1"
    assert [(e.action, e.result, e.desk) for e in log_rows(event_db)] == [
        ("check_in", "checked_in", "Desk 1"),
        ("check_in", "already_checked_in", "Desk 2"),
    ]
    assert attendance_count(event_db) == 1


def test_check_in_by_id_and_attention(event_db: EventDB, people: dict[str, int]) -> None:
    out = checkin.check_in(event_db, participant_id=people["olena"], desk="Desk 3")
    assert out.result == checkin.CHECKED_IN
    assert out.attention == "VIP — welcome by the host"
    assert out.as_json()["participant"]["first_name"] == "Олена"
    missing = checkin.check_in(event_db, participant_id=999_999, desk="Desk 3")
    assert (missing.result, missing.reason) == (checkin.REJECTED, outcome.UNKNOWN_PARTICIPANT)


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda code, other: code[:-1] + ("A" if code[-1] != "A" else "B"), outcome.ALTERED_CODE),
        (lambda code, other: other, outcome.OTHER_EVENT),
        (lambda code, other: "https://example.com/ticket/123", outcome.NOT_A_CODE),
        (lambda code, other: "", outcome.NOT_A_CODE),
    ],
    ids=["altered", "other-event", "url", "empty"],
)
def test_rejected_codes_are_logged(
    event_db: EventDB, people: dict[str, int], tmp_path, make, reason: str
) -> None:
    other_db = create_event(tmp_path / "other.cdesk", name="Other", start=date(2026, 6, 1))
    other_code = badge_codes.new_code(*badge_keys(other_db))
    other_db.dispose()
    raw = make(code_of(event_db, people["kestutis"]), other_code)
    out = checkin.check_in(event_db, code="\x1b" + raw + "\r\n", desk="Desk 1")
    assert (out.result, out.reason, out.participant) == (checkin.REJECTED, reason, None)
    (entry,) = log_rows(event_db)
    assert (entry.action, entry.result, entry.reason) == ("scan_failed", "rejected", reason)
    assert "\x1b" not in entry.raw_input and "\r" not in entry.raw_input
    assert entry.raw_input.upper() == raw.upper()
    assert attendance_count(event_db) == 0


def test_unknown_but_well_formed_code(event_db: EventDB, people: dict[str, int]) -> None:
    stranger = badge_codes.new_code(*badge_keys(event_db))  # valid check value, nobody has it
    out = checkin.check_in(event_db, code=stranger, desk="Desk 1")
    assert (out.result, out.reason) == (checkin.REJECTED, outcome.UNKNOWN_CODE)


def test_cancelled_registration(event_db: EventDB, people: dict[str, int]) -> None:
    set_registration(event_db, people["jurgen"], "cancelled")
    out = checkin.check_in(event_db, code=code_of(event_db, people["jurgen"]), desk="Desk 1")
    assert (out.result, out.reason) == (checkin.REJECTED, outcome.CANCELLED)
    assert out.participant is not None and out.participant.full_name == "Jürgen Groß"
    assert attendance_count(event_db) == 0


def test_same_nonce_twice_records_once(event_db: EventDB, people: dict[str, int]) -> None:
    code = code_of(event_db, people["jolanta"])
    first = checkin.check_in(event_db, code=code, desk="Desk 1", nonce="scan-0001")
    second = checkin.check_in(event_db, code=code, desk="Desk 1", nonce="scan-0001")
    assert first.result == second.result == checkin.CHECKED_IN
    assert second.replayed and second.checked_in_at == first.checked_in_at
    assert len(log_rows(event_db)) == 1
    bad = checkin.check_in(event_db, code="garbage", desk="Desk 1", nonce="scan-0002")
    again = checkin.check_in(event_db, code="garbage", desk="Desk 1", nonce="scan-0002")
    assert bad.result == again.result == checkin.REJECTED and again.reason == outcome.NOT_A_CODE
    assert len(log_rows(event_db)) == 2
    with pytest.raises(UserError):
        checkin.check_in(event_db, code=code, desk="Desk 1", nonce="x" * 65)


def test_undo_is_logged_and_allows_a_new_check_in(
    event_db: EventDB, people: dict[str, int]
) -> None:
    pid = people["kestutis"]
    checkin.check_in(event_db, participant_id=pid, desk="Desk 1")
    undone = checkin.undo_check_in(event_db, pid, desk="Desk 1", operator="Aiga", nonce="undo-1")
    assert undone.result == checkin.UNDONE and undone.desk == "Desk 1"
    assert attendance_count(event_db) == 0
    assert checkin.undo_check_in(event_db, pid, desk="Desk 1", nonce="undo-1").replayed
    nothing = checkin.undo_check_in(event_db, pid, desk="Desk 1")
    assert (nothing.result, nothing.reason) == (checkin.REJECTED, outcome.NOT_CHECKED_IN)
    again = checkin.check_in(event_db, code=code_of(event_db, pid), desk="Desk 2")
    assert again.result == checkin.CHECKED_IN and again.desk == "Desk 2"
    assert [(e.action, e.result) for e in log_rows(event_db)] == [
        ("check_in", "checked_in"),
        ("undo", "undone"),
        ("undo", "rejected"),
        ("check_in", "checked_in"),
    ]
    by_code = checkin.undo_check_in(event_db, code=code_of(event_db, pid), desk="Desk 2")
    assert by_code.result == checkin.UNDONE


def test_check_out_and_re_entry(event_db: EventDB, people: dict[str, int]) -> None:
    a, b = people["kestutis"], people["jolanta"]
    checkin.check_in(event_db, participant_id=a, desk="D1")
    checkin.check_in(event_db, participant_id=b, desk="D1")
    assert checkin.inside_count(event_db) == 2
    out = checkin.check_out(event_db, a, desk="Exit")
    assert out.result == checkin.CHECKED_OUT and checkin.inside_count(event_db) == 1
    back = checkin.check_in(event_db, participant_id=a, desk="D2")
    assert (back.result, back.reason, back.desk) == (checkin.ALREADY, outcome.RE_ENTRY, "D1")
    assert checkin.inside_count(event_db) == 2
    nobody = checkin.check_out(event_db, people["jurgen"], desk="Exit")
    assert (nobody.result, nobody.reason) == (checkin.REJECTED, outcome.NOT_CHECKED_IN)


def test_counters_and_recent(event_db: EventDB, people: dict[str, int]) -> None:
    set_registration(event_db, people["jurgen"], "cancelled")
    empty = checkin.desk_counters(event_db)
    assert (empty.checked_in, empty.expected, empty.inside) == (0, 3, 0)
    checkin.check_in(event_db, participant_id=people["kestutis"], desk="D1")
    checkin.check_in(event_db, participant_id=people["olena"], desk="D2")
    checkin.check_out(event_db, people["olena"], desk="D2")
    checkin.check_in(event_db, code="nonsense", desk="D2")
    counters = checkin.desk_counters(event_db)
    assert (counters.checked_in, counters.expected, counters.inside) == (2, 3, 1)
    assert {c.name: (c.checked_in, c.expected) for c in counters.by_category} == {"Cluster": (2, 3)}
    recent = checkin.recent_check_ins(event_db, 10)
    assert [(e.action, e.result, e.desk) for e in recent] == [
        ("scan_failed", "rejected", "D2"),
        ("check_out", "checked_out", "D2"),
        ("check_in", "checked_in", "D2"),
        ("check_in", "checked_in", "D1"),
    ]
    assert recent[2].name == "Олена Фесенко" and recent[3].organization == "Klaipėda Science Park"
    assert len(checkin.recent_check_ins(event_db, 10, failed=False)) == 3
    assert len(checkin.recent_check_ins(event_db, 2)) == 2


def test_target_must_be_given_once(event_db: EventDB) -> None:
    with pytest.raises(UserError):
        checkin.check_in(event_db, desk="D1")
    with pytest.raises(UserError):
        checkin.check_in(event_db, code="X", participant_id=1, desk="D1")
