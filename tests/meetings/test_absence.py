"""A participant is absent: their meetings freed (no-show where the round has begun), the freed
partners' waiting requests re-placed without moving anybody else, one undo (SQLite and
PostgreSQL through the ``grid`` fixture)."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

from clusterdesk.services.absence import mark_absent, preview_absence
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import event_info, open_event
from clusterdesk.services.meeting_edits import EditRefused
from clusterdesk.services.meeting_manual import add_meeting
from clusterdesk.services.meetings import schedule_meetings
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Meeting, MeetingRequest, Slot
from tests.meetings.conftest import DAY, Grid, meeting, place, request
from tests.meetings.rules_check import plan_problems


def at(db: EventDB, hh: int, mm: int) -> datetime:
    return datetime.combine(DAY, time(hh, mm), event_info(db).tz)


def cells(db: EventDB) -> dict[int, tuple[int, int | None, str, str, bool]]:
    with db.read() as s:
        return {
            m.id: (m.slot_id, m.table_id, m.status, m.absent, m.locked)
            for m in s.scalars(select(Meeting))
        }


def test_before_the_rounds_every_meeting_is_cancelled_and_partners_re_placed(grid: Grid) -> None:
    g = grid
    before = cells(g.db)
    change = mark_absent(g.db, g.people["kestutis"], now=at(g.db, 12, 0), actor="desk 1")
    report = change.report
    assert report is not None and report.applied
    assert [(f.meeting_id, f.outcome) for f in report.freed] == [
        (g.meetings["k_j"], "cancelled"),
        (g.meetings["k_o"], "cancelled"),
    ]
    placed = {p.request_id: (p.slot_id, p.table) for p in report.placed}
    # Olena–Åsa has the least choice (Åsa is busy at 13:00 and away at 14:00): Olena's freed
    # round 13:20 first; Olena–Jolanta then takes Jolanta's freed round 13:00
    assert placed == {g.requests["o_a"]: (g.slots[1], "T1"), g.requests["o_j"]: (g.slots[0], "T1")}
    assert report.moved == () and report.not_placed == ()
    assert {c.name for c in report.changed} == {"Jolanta Aviženytė", "Олена Фесенко", "Åsa Ødegård"}
    after = cells(g.db)
    assert after[g.meetings["a_jurgen"]] == before[g.meetings["a_jurgen"]]
    assert after[g.meetings["k_j"]][2] == "cancelled"
    assert plan_problems(g.db) == []

    assert change.undo is not None
    change.undo(g.db)
    assert cells(g.db) == before


def test_a_begun_round_is_a_no_show_of_the_absent_side(grid: Grid) -> None:
    g = grid
    report = mark_absent(g.db, g.people["jolanta"], now=at(g.db, 13, 5)).report
    assert report is not None
    [freed] = report.freed
    assert (freed.meeting_id, freed.outcome, freed.side) == (g.meetings["k_j"], "no_show", "b")
    m = meeting(g.db, g.meetings["k_j"])
    assert (m.status, m.absent) == ("no_show", "b")
    assert report.placed == ()  # nobody got free time in a round to come


def test_from_a_later_time_keeps_the_earlier_meetings(grid: Grid) -> None:
    g = grid
    report = preview_absence(
        g.db, g.people["kestutis"], since=at(g.db, 13, 20), now=at(g.db, 12, 0)
    )
    assert [f.meeting_id for f in report.freed] == [g.meetings["k_o"]]
    assert not report.applied
    assert meeting(g.db, g.meetings["k_o"]).status == "scheduled"  # a preview writes nothing


def test_without_replan_only_the_meetings_are_freed(grid: Grid) -> None:
    g = grid
    report = mark_absent(g.db, g.people["kestutis"], replan=False, now=at(g.db, 12, 0)).report
    assert report is not None
    assert len(report.freed) == 2 and report.placed == ()
    assert {c.name for c in report.changed} == {"Jolanta Aviženytė", "Олена Фесенко"}


def test_allow_moves_moves_one_blocking_meeting(grid: Grid) -> None:
    g = grid
    # Olena (free at 13:20 once Kęstutis is absent) wants Åsa, who meets Jürgen at 13:20 and
    # Jolanta at 13:40 and is away at 14:00; Olena meets Jürgen at 13:00: no common free round
    with g.db.write() as s:
        s.get(Meeting, g.meetings["a_jurgen"]).slot_id = g.slots[1]  # type: ignore[union-attr]
    o_jurgen = request(g.db, g.people["olena"], g.people["jurgen"])
    g.meetings["o_jurgen"] = place(g.db, o_jurgen, g.slots[0], g.tables["T3"])
    a_j = place(
        g.db, request(g.db, g.people["asa"], g.people["jolanta"]), g.slots[2], g.tables["T2"]
    )
    assert plan_problems(g.db) == []
    before = cells(g.db)
    plain = preview_absence(g.db, g.people["kestutis"], now=at(g.db, 12, 0))
    assert [n.request_id for n in plain.not_placed] == [g.requests["o_a"]]
    assert plain.moved == ()
    moving = mark_absent(g.db, g.people["kestutis"], allow_moves=True, now=at(g.db, 12, 0))
    report = moving.report
    assert report is not None
    assert len(report.moved) == 1
    assert report.moved[0].meeting_id in (g.meetings["a_jurgen"], g.meetings["o_jurgen"], a_j)
    assert g.requests["o_a"] in [p.request_id for p in report.placed]
    assert plan_problems(g.db) == []
    assert moving.undo is not None
    moving.undo(g.db)
    assert cells(g.db) == before


def test_undo_is_refused_when_a_cell_was_taken_since(grid: Grid) -> None:
    g = grid
    change = mark_absent(g.db, g.people["kestutis"], replan=False, now=at(g.db, 12, 0))
    add_meeting(g.db, request_id=g.requests["o_j"], slot_id=g.slots[1], table_id=g.tables["T1"])
    before = cells(g.db)
    assert change.undo is not None
    with pytest.raises(EditRefused):
        change.undo(g.db)
    assert cells(g.db) == before


def _busy_demo(target: str) -> EventDB:
    build_demo(target, participants=60)
    db = open_event(target)
    schedule_meetings(db, time_limit=2.0)
    with db.read() as s:
        waiting = [
            r
            for r in s.scalars(select(MeetingRequest.id).where(MeetingRequest.status == "accepted"))
        ]
        placed = set(s.scalars(select(Meeting.request_id)))
    # leave a few requests waiting so there is something to re-place
    with db.write() as s:
        for m in list(s.scalars(select(Meeting).order_by(Meeting.id)))[::9]:
            s.delete(m)
    assert waiting and placed
    return db


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_replan_moves_no_meeting_that_does_not_involve_a_freed_partner(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    target = (
        str(tmp_path / "demo.cdesk") if engine == "sqlite" else request.getfixturevalue("pg_url")
    )
    db = _busy_demo(target)
    try:
        with db.read() as s:
            first = s.scalar(select(Slot.starts_at).order_by(Slot.starts_at).limit(1))
            counts: dict[int, int] = {}
            for m in s.scalars(select(Meeting)):
                for p in (m.participant_a_id, m.participant_b_id):
                    counts[p] = counts.get(p, 0) + 1
        assert first is not None
        busiest = sorted(counts, key=lambda p: (-counts[p], p))[:3]
        for person in busiest:
            before = cells(db)
            change = mark_absent(db, person, now=first.replace(hour=6))
            report = change.report
            assert report is not None and report.freed
            freed_partners = {f.partner.id for f in report.freed}
            after = cells(db)
            with db.read() as s:
                people = {
                    m.id: (m.participant_a_id, m.participant_b_id)
                    for m in s.scalars(select(Meeting))
                }
            for mid, old in before.items():
                if person in people[mid] or set(people[mid]) & freed_partners:
                    continue
                assert after[mid] == old, f"meeting {mid} of uninvolved people changed"
            for p in report.placed:
                assert set(people[p.meeting_id]) & freed_partners
            assert plan_problems(db) == []
            assert change.undo is not None
            change.undo(db)
            assert cells(db) == before
    finally:
        db.dispose()
