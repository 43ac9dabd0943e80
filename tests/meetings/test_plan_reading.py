"""The plan read in one snapshot (``meetings --json``, the Meetings page's board) says exactly what
a plain ORM reading of the event says: the same meetings in the same order, the same breaks as
the scheduler counts them, the same unscheduled requests with the same reasons — on an event
with every kind of meeting (held, no-show, cancelled, locked, without a request), cancelled
registrations, unavailability, host tables, caps and session limits; on SQLite and PostgreSQL.
And a board patched after a change equals the board read anew."""

from __future__ import annotations

import gc
import io
import json
import threading
from contextlib import redirect_stdout
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from clusterdesk.cli.common import print_json, print_json_rows
from clusterdesk.core.heap import quiet_gc
from clusterdesk.scheduling.validate import count_breaks
from clusterdesk.services import meeting_edits
from clusterdesk.services.meeting_board import load_board, patched, refreshed
from clusterdesk.services.meeting_rules import Pair, load_state
from clusterdesk.services.meetings import meeting_plan
from clusterdesk.services.meetings_problem import load_problem
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    Meeting,
    MeetingRequest,
    MeetingTable,
    Participant,
    Slot,
    Unavailability,
)
from tests.meetings.gui_helpers import demo_event


def _vary(db: EventDB) -> None:
    """Every kind of meeting and request the plan can hold."""
    with db.write() as s:
        ids = list(s.scalars(select(Meeting.id).order_by(Meeting.id)))
        assert len(ids) >= 12
        s.execute(update(Meeting).where(Meeting.id.in_(ids[0:2])).values(status="held"))
        s.execute(update(Meeting).where(Meeting.id == ids[2]).values(status="no_show", absent="b"))
        s.execute(update(Meeting).where(Meeting.id == ids[3]).values(status="cancelled"))
        s.execute(
            update(Meeting).where(Meeting.id == ids[4]).values(status="cancelled", table_id=None)
        )
        s.execute(update(Meeting).where(Meeting.id.in_(ids[5:7])).values(locked=True))
        s.execute(update(Meeting).where(Meeting.id == ids[7]).values(request_id=None))
        people = list(s.scalars(select(Participant).order_by(Participant.id)))
        people[0].status = "cancelled"
        people[1].max_meetings_per_session = 1
        table = s.scalars(select(MeetingTable).order_by(MeetingTable.position)).first()
        assert table is not None
        people[2].fixed_table_id = table.id
        slot = s.scalars(select(Slot).order_by(Slot.starts_at)).first()
        assert slot is not None
        s.add(
            Unavailability(
                participant_id=people[3].id,
                starts_at=slot.starts_at,
                ends_at=slot.starts_at + timedelta(hours=6),
            )
        )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def event(request: pytest.FixtureRequest, tmp_path: Path) -> EventDB:
    if request.param == "sqlite":
        db = demo_event(tmp_path / "demo.cdesk", participants=80, placed=60)
    else:
        db = demo_event(request.getfixturevalue("pg_url"), participants=80, placed=60)  # type: ignore[arg-type]
    _vary(db)
    yield db
    db.dispose()


def _orm_meetings(db: EventDB) -> list[tuple[object, ...]]:
    """The active meetings as the ORM objects say, in the order the plan lists them."""
    with db.read() as s:
        meetings = list(
            s.scalars(
                select(Meeting)
                .join(Slot, Meeting.slot_id == Slot.id)
                .outerjoin(MeetingTable, Meeting.table_id == MeetingTable.id)
                .options(
                    selectinload(Meeting.participant_a),
                    selectinload(Meeting.participant_b),
                    selectinload(Meeting.slot).selectinload(Slot.session),
                    selectinload(Meeting.table),
                )
                .order_by(Slot.starts_at, MeetingTable.position, Meeting.id)
            )
        )
        return [
            (
                m.id,
                m.request_id,
                (m.participant_a.email, m.participant_b.email),
                (m.participant_a.full_name, m.participant_b.full_name),
                m.slot_id,
                m.slot.starts_at,
                m.slot.ends_at,
                m.table.label if m.table is not None else "",
                m.slot.session.name,
                m.status,
                m.locked,
            )
            for m in meetings
            if m.status in ACTIVE_MEETING_STATUSES
        ]


def test_the_plan_is_what_the_orm_reads(event: EventDB) -> None:
    db = event
    plan = meeting_plan(db)
    assert [tuple(m) for m in plan.meetings] == _orm_meetings(db)
    assert {m.status for m in plan.meetings} == {"scheduled", "held", "no_show"}

    loaded = load_problem(db, keep_existing=True)
    assert plan.breaks == count_breaks(loaded.problem, list(loaded.problem.kept()))
    assert plan.breaks == load_board(db).breaks

    # unscheduled: every accepted request whose two people have no active meeting
    with db.read() as s:
        requests = list(s.scalars(select(MeetingRequest).order_by(MeetingRequest.id)))
        pairs = {
            frozenset((m.participant_a_id, m.participant_b_id))
            for m in s.scalars(select(Meeting).where(Meeting.status.in_(ACTIVE_MEETING_STATUSES)))
        }
        waiting: dict[int, frozenset[int]] = {}
        for r in requests:
            pair = frozenset((r.requester_id, r.target_id))
            if r.status == "accepted" and pair not in pairs and pair not in waiting.values():
                waiting[r.id] = pair
        board = load_state(s)
        email = {p.id: p.email for p in s.scalars(select(Participant))}
        active = {p.id for p in s.scalars(select(Participant)) if p.status == "active"}
        reasons = {}
        for r in requests:
            if r.id not in waiting:
                continue
            if r.requester_id not in active or r.target_id not in active:
                reasons[r.id] = "registration cancelled"
            else:  # one by one, the way an on-site change asks
                reasons[r.id] = board.unplaced_reason(
                    Pair(r.requester_id, r.target_id, r.session_id)
                )
    cancelled_on_site = {u.request_id for u in plan.unscheduled if u.reason == "meeting cancelled"}
    assert len(cancelled_on_site) == 2  # the two meetings cancelled above
    got = {u.request_id: u.reason for u in plan.unscheduled}
    assert set(got) == set(waiting)
    assert {k: v for k, v in got.items() if k not in cancelled_on_site} == {
        k: v for k, v in reasons.items() if k not in cancelled_on_site
    }
    assert "registration cancelled" in got.values()
    by_id = {r.id: r for r in requests}
    for u in plan.unscheduled:
        assert (u.requester_email, u.target_email) == (
            email[by_id[u.request_id].requester_id],
            email[by_id[u.request_id].target_id],
        )


def test_the_json_rows_are_the_same_json_value() -> None:
    data = {
        "scheduled": 2,
        "nested": {"a": [1, 2], "b": None},
        "meetings": [
            {"id": 1, "participants": ["ą@x.lt", "b@x.lt"], "name": "Šetkus\u202e\x9b"},
            {"id": 2, "participants": [], "locked": False},
        ],
        "empty": [],
    }
    plain, rows = io.StringIO(), io.StringIO()
    with redirect_stdout(plain):
        print_json(data)
    with redirect_stdout(rows):
        print_json_rows(data)
    assert json.loads(rows.getvalue()) == json.loads(plain.getvalue()) == data
    assert "\u202e" not in rows.getvalue() and "\x9b" not in rows.getvalue()  # escaped
    lines = rows.getvalue().splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert sum(1 for line in lines if line.startswith('    {"id": ')) == 2  # one row a line


def test_meeting_rows_from_the_template_are_the_bytes_of_the_encoded_dicts(
    event: EventDB,
) -> None:
    """`meetings --json` writes each meeting from a per-row template: the same text as the
    dict encoded and made terminal-safe, bidi marks and C1 controls in names escaped."""
    from clusterdesk.cli.cmd_meetings import meeting_rows_json
    from clusterdesk.services.events import event_info
    from clusterdesk.store.models import B2BSession

    db = event
    with db.write() as s:
        table = s.scalars(select(MeetingTable).order_by(MeetingTable.position)).first()
        assert table is not None
        table.label = "T\u202e1\x9b"
        for session in s.scalars(select(B2BSession)):
            session.name = f"Šetkus \u2066{session.name}\x85"
    tz = event_info(db).tz
    plan = meeting_plan(db)
    dicts = [
        {
            "id": m.id,
            "participants": list(m.participants),
            "slot": m.starts_at.astimezone(tz).isoformat(),
            "table": m.table or None,
            "session": m.session,
            "status": m.status,
            "locked": m.locked,
        }
        for m in plan.meetings
    ]
    assert any(d["table"] == "T\u202e1\x9b" for d in dicts)
    plain, rows = io.StringIO(), io.StringIO()
    with redirect_stdout(plain):
        print_json_rows({"meetings": dicts})
    with redirect_stdout(rows):
        print_json_rows({"meetings": meeting_rows_json(plan.meetings, tz)})
    assert rows.getvalue() == plain.getvalue()
    assert json.loads(rows.getvalue())["meetings"] == dicts
    for mark in ("\u202e", "\x9b", "\u2066", "\x85"):
        assert mark not in rows.getvalue()


def test_a_patched_board_is_the_board_read_anew(event: EventDB) -> None:
    db = event
    board = load_board(db)
    first, second = [m for m in board.active if m.status == "scheduled" and not m.locked][:2]

    def move_first() -> meeting_edits.Change:
        now = load_board(db)
        taken = {(m.slot_id, m.table_id) for m in now.meetings}
        f = meeting_edits.feasibility(db, meeting_id=first.id)
        slot, table = next(
            (s.id, t.id)
            for s in now.slots
            for t in now.tables
            if (s.id, t.id) not in taken and f.reason(s.id, t.id) is None
        )
        return meeting_edits.move_meeting(db, first.id, slot, table)

    changes = [
        lambda: meeting_edits.swap_meetings(db, first.id, second.id),
        lambda: meeting_edits.set_locked(db, second.id, True),
        move_first,
        lambda: meeting_edits.set_status(db, first.id, "held"),
        lambda: meeting_edits.set_status(db, second.id, "cancelled"),
    ]
    for change in changes:
        done = change()
        board = refreshed(db, board, done.meeting_ids)
        fresh = load_board(db)
        assert sorted(board.meetings, key=lambda m: m.id) == fresh.meetings
        assert board.breaks == fresh.breaks
        assert board.cells == fresh.cells and board.cell_of == fresh.cell_of
        assert (board.scheduled, board.tables_used) == (fresh.scheduled, fresh.tables_used)
        assert board.table_load == fresh.table_load  # carried over, not counted again
        assert board.scheduled == len(fresh.active)
        for person in (first.a, first.b, second.a, second.b):
            assert board.agenda(person) == fresh.agenda(person)
    # a removed meeting takes the long way and still agrees
    gone = patched(board, {first.id: None})
    assert first.id not in gone.cell_of and first.id not in gone.position


def test_quiet_gc_pauses_the_collector_and_nests() -> None:
    assert gc.isenabled()
    seen: list[bool] = []
    with quiet_gc():
        assert not gc.isenabled()
        worker = threading.Thread(target=lambda: seen.append(_nested()))
        worker.start()
        worker.join()
        assert not gc.isenabled()
    assert seen == [False] and gc.isenabled()


def _nested() -> bool:
    with quiet_gc():
        pass
    return gc.isenabled()  # the outer one still holds the collector


def test_breaks_from_bit_masks_are_the_runs_of_idle_slots_between_meetings() -> None:
    """count_plan_breaks (bit masks: runs of meetings per day less one) against the definition
    counted slot by slot, on random plans over three days, cancelled meetings among them."""
    import random
    from datetime import date

    from clusterdesk.services.plan_snapshot import MeetingData, count_plan_breaks

    rng = random.Random(7)
    days = [(100 + i, date(2026, 5, 14 + i // 6)) for i in range(18)]  # 3 days of 6 slots
    statuses = ["scheduled", "held", "no_show", "cancelled"]
    for _ in range(200):
        meetings = [
            MeetingData(
                n, None, rng.choice(days)[0], None, a, b, rng.choice(statuses), False, "", ""
            )
            for n, (a, b) in enumerate(rng.sample(range(8), 2) for _ in range(rng.randrange(0, 30)))
        ]
        position = {slot: i for i, (slot, _) in enumerate(days)}
        busy: dict[int, set[int]] = {}
        for m in meetings:
            if m.status != "cancelled":
                for p in (m.a, m.b):
                    busy.setdefault(p, set()).add(position[m.slot_id])
        expected = 0
        for taken in busy.values():
            ordered = sorted(taken)
            expected += sum(
                1
                for x, y in zip(ordered, ordered[1:], strict=False)
                if y - x > 1 and days[x][1] == days[y][1]
            )
        assert count_plan_breaks(days, meetings) == expected
