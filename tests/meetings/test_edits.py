"""On-site changes: every move checked against the hard rules, refusals change nothing, undo."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from clusterdesk.cli.words import describe
from clusterdesk.core.messages import Msg
from clusterdesk.services.meeting_edits import (
    EditRefused,
    feasibility,
    move_meeting,
    set_locked,
    set_status,
    swap_meetings,
)
from clusterdesk.store.models import AuditLog, Participant
from tests.meetings.conftest import Grid, meeting, place, snapshot


def refused(g: Grid, fn: object, *args: object, match: str, **kwargs: object) -> None:
    before = snapshot(g.db)
    with pytest.raises(EditRefused) as refusal:
        fn(g.db, *args, **kwargs)  # type: ignore[operator]
    assert re.search(match, describe(refusal.value.msg)), describe(refusal.value.msg)
    assert snapshot(g.db) == before, "a refused change must change nothing"


def words(why: Msg | None) -> str:
    return describe(why) if why is not None else ""


def test_move_to_a_free_cell_locks_it_and_undo_puts_it_back(grid: Grid) -> None:
    g = grid
    mid = g.meetings["k_j"]
    change = move_meeting(g.db, mid, g.slots[2], g.tables["T2"], actor="desk 1")
    m = meeting(g.db, mid)
    assert (m.slot_id, m.table_id, m.locked) == (g.slots[2], g.tables["T2"], True)
    assert change.summary.code == "edit.moved"
    summary = describe(change.summary)
    assert "Kęstutis Šetkus — Jolanta Aviženytė" in summary
    assert "T2 at 14:20" in summary or "T2 at 13:40" in summary
    with g.db.read() as s:
        log = s.scalars(select(AuditLog).where(AuditLog.action == "meeting.move")).one()
        assert (log.entity_id, log.actor) == (mid, "desk 1")
    assert change.undo is not None
    back = change.undo(g.db)
    m = meeting(g.db, mid)
    assert (m.slot_id, m.table_id, m.locked) == (g.slots[0], g.tables["T1"], False)
    assert back.undo is not None  # redo is the inverse of the inverse


def test_move_refused_when_a_participant_is_busy(grid: Grid) -> None:
    # Kęstutis meets Olena in slot 1 already
    refused(
        grid,
        move_meeting,
        grid.meetings["k_j"],
        grid.slots[1],
        grid.tables["T2"],
        match="Kęstutis Šetkus has another meeting in this slot",
    )


def test_move_refused_when_the_table_is_taken(grid: Grid) -> None:
    g = grid
    place(g.db, g.requests["o_a"], g.slots[2], g.tables["T2"])
    refused(
        g,
        move_meeting,
        g.meetings["k_j"],
        g.slots[2],
        g.tables["T2"],
        match="table T2 is taken in this slot by Олена Фесенко — Åsa Ødegård",
    )


def test_move_refused_when_someone_is_unavailable(grid: Grid) -> None:
    g = grid
    refused(
        g,
        move_meeting,
        g.meetings["a_jurgen"],
        g.slots[3],
        g.tables["T3"],
        match="Åsa Ødegård is not available at this time",
    )


def test_host_tables_are_kept(grid: Grid) -> None:
    g = grid
    refused(
        g,
        move_meeting,
        g.meetings["a_jurgen"],
        g.slots[1],
        g.tables["T2"],
        match="Jürgen Groß meets only at their own table T3",
    )
    refused(
        g,
        move_meeting,
        g.meetings["k_j"],
        g.slots[2],
        g.tables["T3"],
        match="table T3 is reserved for Jürgen Groß",
    )
    move_meeting(g.db, g.meetings["a_jurgen"], g.slots[1], g.tables["T3"])


def test_move_respects_caps_and_session_restrictions(grid: Grid) -> None:
    g = grid
    with g.db.write() as s:
        p = s.get(Participant, g.people["kestutis"])
        assert p is not None
        p.max_meetings_per_session = 1
    # moving within the session keeps his count at 2 (already over the new cap): still refused,
    # since the meeting would be his second in the session
    refused(
        g,
        move_meeting,
        g.meetings["k_j"],
        g.slots[2],
        g.tables["T1"],
        match="reached the cap of 1 meetings",
    )


def test_only_scheduled_meetings_move(grid: Grid) -> None:
    g = grid
    set_status(g.db, g.meetings["k_j"], "held")
    refused(
        g,
        move_meeting,
        g.meetings["k_j"],
        g.slots[3],
        g.tables["T2"],
        match="held; only scheduled meetings can be moved",
    )
    refused(g, move_meeting, 999_999, g.slots[3], g.tables["T2"], match="No meeting with id")


def test_swap_and_undo(grid: Grid) -> None:
    g = grid
    a, b = g.meetings["k_j"], g.meetings["a_jurgen"]
    # Kęstutis–Jolanta cannot go to Jürgen's table
    refused(g, swap_meetings, a, b, match="Cannot swap: Kęstutis Šetkus — Jolanta Aviženytė")
    move_meeting(g.db, b, g.slots[2], g.tables["T3"])
    set_locked(g.db, b, False)
    c = g.meetings["k_o"]  # slot 1, T1
    change = swap_meetings(g.db, a, c)
    ma, mc = meeting(g.db, a), meeting(g.db, c)
    assert (ma.slot_id, ma.table_id, mc.slot_id, mc.table_id) == (
        g.slots[1],
        g.tables["T1"],
        g.slots[0],
        g.tables["T1"],
    )
    assert ma.locked and mc.locked
    assert change.undo is not None
    change.undo(g.db)
    ma, mc = meeting(g.db, a), meeting(g.db, c)
    assert (ma.slot_id, mc.slot_id, ma.locked, mc.locked) == (g.slots[0], g.slots[1], False, False)
    refused(g, swap_meetings, a, a, match="cannot be swapped with itself")


def test_lock_unlock_and_undo(grid: Grid) -> None:
    g = grid
    mid = g.meetings["k_o"]
    change = set_locked(g.db, mid, True)
    assert meeting(g.db, mid).locked
    assert change.undo is not None
    change.undo(g.db)
    assert not meeting(g.db, mid).locked


def test_held_no_show_by_either_side_and_cancel(grid: Grid) -> None:
    g = grid
    mid = g.meetings["k_o"]
    set_status(g.db, mid, "no_show", absent="b", actor="desk 2")
    assert meeting(g.db, mid).status == "no_show"
    with g.db.read() as s:
        log = s.scalars(select(AuditLog).where(AuditLog.action == "meeting.no_show")).one()
    assert "did not come: Олена Фесенко" in log.details
    change = set_status(g.db, mid, "held")
    assert meeting(g.db, mid).status == "held"
    assert change.undo is not None
    change.undo(g.db)
    assert meeting(g.db, mid).status == "no_show"
    refused(g, set_status, mid, "held", absent="a", match="only when marking a no-show")
    refused(g, set_status, mid, "postponed", match="Unknown meeting status")


def test_a_cancelled_meeting_frees_its_cell(grid: Grid) -> None:
    g = grid
    cancelled = g.meetings["k_o"]  # slot 1, T1
    set_status(g.db, cancelled, "cancelled")
    # Kęstutis is free in slot 1 now, and T1 can take another meeting
    move_meeting(g.db, g.meetings["k_j"], g.slots[1], g.tables["T1"])
    assert meeting(g.db, cancelled).table_id is None  # it gave its cell up
    refused(g, set_status, cancelled, "scheduled", match="has been given to another meeting")


def test_bringing_back_a_cancelled_meeting_checks_the_rules(grid: Grid) -> None:
    g = grid
    cancelled = g.meetings["k_o"]
    set_status(g.db, cancelled, "cancelled")
    move_meeting(g.db, g.meetings["k_j"], g.slots[1], g.tables["T2"])
    refused(
        g,
        set_status,
        cancelled,
        "scheduled",
        match="Kęstutis Šetkus has another meeting in this slot",
    )
    move_meeting(g.db, g.meetings["k_j"], g.slots[2], g.tables["T2"])
    set_status(g.db, cancelled, "scheduled")
    assert meeting(g.db, cancelled).status == "scheduled"


def test_feasibility_of_a_meeting_names_every_reason(grid: Grid) -> None:
    g = grid
    f = feasibility(g.db, meeting_id=g.meetings["k_j"])
    assert f.allowed(g.slots[0], g.tables["T1"])  # where it is now
    assert f.allowed(g.slots[0], g.tables["T2"])
    assert "has another meeting" in words(f.reason(g.slots[1], g.tables["T2"]))
    assert "reserved for Jürgen Groß" in words(f.reason(g.slots[2], g.tables["T3"]))
    assert f.allowed(g.slots[3], g.tables["T1"])
    assert f.allowed(g.slots[1], g.tables["T1"])  # occupied, but the two can swap
    assert "reserved for Jürgen Groß" in words(f.reason(g.slots[0], g.tables["T3"]))
    r = feasibility(g.db, request_id=g.requests["o_a"])  # Olena–Åsa, Åsa is away in slot 3
    assert "Åsa Ødegård is not available" in words(r.reason(g.slots[3], g.tables["T1"]))
    assert "Åsa Ødegård has another meeting" in words(r.reason(g.slots[0], g.tables["T2"]))
    assert "Олена Фесенко has another meeting" in words(r.reason(g.slots[1], g.tables["T2"]))
    assert r.first_allowed() == (g.slots[2], g.tables["T1"])
    with pytest.raises(EditRefused):
        feasibility(g.db)


def test_two_desks_cannot_fill_one_cell(grid: Grid) -> None:
    """Desk 2 still sees the cell free (its grid is stale); the check happens in the write
    transaction against the database, so the second move into the cell is refused."""
    from clusterdesk.services.events import open_event
    from clusterdesk.services.meeting_manual import add_meeting

    g = grid
    other_desk = open_event(g.db.target)
    try:
        seen_by_desk2 = feasibility(other_desk, meeting_id=g.meetings["k_j"])
        assert seen_by_desk2.allowed(g.slots[2], g.tables["T1"])
        add_meeting(
            g.db, request_id=g.requests["o_a"], slot_id=g.slots[2], table_id=g.tables["T1"]
        )  # desk 1 fills the cell
        before = snapshot(g.db)
        with pytest.raises(EditRefused) as refusal:
            move_meeting(other_desk, g.meetings["k_j"], g.slots[2], g.tables["T1"])
        assert refusal.value.msg.params["why"] == Msg(
            "rule.taken_in_slot", {"table": "T1", "who": "Олена Фесенко — Åsa Ødegård"}
        )
        assert snapshot(g.db) == before
    finally:
        other_desk.dispose()
