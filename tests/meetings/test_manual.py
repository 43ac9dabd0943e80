"""Adding meetings by hand (quick-schedule), unscheduling, deleting, and the unplaced reasons."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from clusterdesk.cli.words import describe
from clusterdesk.services.meeting_edits import EditRefused, set_locked, set_status
from clusterdesk.services.meeting_manual import (
    add_meeting,
    delete_meeting,
    meeting_history,
    unschedule_all,
    unschedule_meeting,
)
from clusterdesk.services.meetings import meeting_plan
from clusterdesk.services.participants import set_registration
from clusterdesk.store.models import Meeting, MeetingRequest
from tests.checkin.helpers import add_person
from tests.meetings.conftest import Grid, meeting, snapshot


def refused(g: Grid, fn: object, match: str, **kwargs: object) -> None:
    before = snapshot(g.db)
    with pytest.raises(EditRefused) as refusal:
        fn(g.db, **kwargs)  # type: ignore[operator]
    assert re.search(match, describe(refusal.value.msg)), describe(refusal.value.msg)
    assert snapshot(g.db) == before, "a refused change must change nothing"


def test_quick_schedule_takes_the_first_shared_free_cell(grid: Grid) -> None:
    g = grid
    # Olena meets Kęstutis in slot 1; Jolanta meets Kęstutis in slot 0: first shared free is slot 2
    change = add_meeting(g.db, request_id=g.requests["o_j"], actor="desk 1")
    m = meeting(g.db, change.meeting_ids[0])
    assert (m.slot_id, m.table_id, m.locked, m.status) == (
        g.slots[2],
        g.tables["T1"],
        True,
        "scheduled",
    )
    refused(g, add_meeting, request_id=g.requests["o_j"], match="already meet at table T1")
    assert change.undo is not None
    change.undo(g.db)
    with g.db.read() as s:
        assert s.get(Meeting, m.id) is None
        assert s.get(MeetingRequest, g.requests["o_j"]) is not None  # the request waits again


def test_add_at_a_chosen_cell_is_checked(grid: Grid) -> None:
    g = grid
    refused(
        g,
        add_meeting,
        request_id=g.requests["o_a"],
        slot_id=g.slots[3],
        table_id=g.tables["T2"],
        match="Åsa Ødegård is not available",
    )
    add_meeting(g.db, request_id=g.requests["o_a"], slot_id=g.slots[2], table_id=g.tables["T2"])


def test_a_walk_in_pair_gets_a_request_and_can_be_deleted(grid: Grid) -> None:
    g = grid
    newcomer = add_person(g.db, "Þórunn", "Sigurðardóttir", org="Iceland Ocean Cluster")
    change = add_meeting(g.db, requester_id=newcomer, target_id=g.people["kestutis"])
    mid = change.meeting_ids[0]
    m = meeting(g.db, mid)
    assert m.slot_id == g.slots[2]  # Kęstutis is busy in slots 0 and 1
    with g.db.read() as s:
        req = s.get(MeetingRequest, m.request_id)
        assert req is not None and req.status == "accepted"
    refused(g, delete_meeting, meeting_id=g.meetings["k_j"], match="Only meetings added by hand")
    delete_meeting(g.db, mid)
    with g.db.read() as s:
        assert s.get(Meeting, mid) is None
        assert s.get(MeetingRequest, m.request_id) is None
    actions = [h.action for h in meeting_history(g.db, mid)]
    assert actions == ["meeting.add", "meeting.delete"]


def test_add_refusals(grid: Grid) -> None:
    g = grid
    p = g.people
    refused(g, add_meeting, requester_id=p["olena"], target_id=p["olena"], match="themselves")
    refused(g, add_meeting, request_id=424242, match="No meeting request with id 424242")
    set_registration(g.db, p["jolanta"], "cancelled")
    refused(
        g,
        add_meeting,
        request_id=g.requests["o_j"],
        match="registration of Jolanta Aviženytė is cancelled",
    )
    # Kęstutis–Olena already meet (the other direction of the same pair counts too)
    refused(g, add_meeting, requester_id=p["olena"], target_id=p["kestutis"], match="already meet")


def test_no_free_cell_gives_the_reason(grid: Grid) -> None:
    g = grid
    # fill Kęstutis's free slots 2 and 3 so Kęstutis–Åsa has no common free slot left
    add_meeting(g.db, request_id=g.requests["o_j"], slot_id=g.slots[2], table_id=g.tables["T2"])
    extra = add_person(g.db, "Doris", "Pold", org="Tartu Science Park", country="Estonia")
    add_meeting(
        g.db,
        requester_id=extra,
        target_id=g.people["kestutis"],
        slot_id=g.slots[2],
        table_id=g.tables["T1"],
    )
    add_meeting(
        g.db,
        requester_id=g.people["asa"],
        target_id=extra,
        slot_id=g.slots[1],
        table_id=g.tables["T2"],
    )
    refused(
        g,
        add_meeting,
        requester_id=g.people["kestutis"],
        target_id=g.people["asa"],
        match="No free cell for Kęstutis Šetkus — Åsa Ødegård: not placed",
    )


def test_unschedule_one_and_all(grid: Grid) -> None:
    g = grid
    set_locked(g.db, g.meetings["a_jurgen"], True)
    refused(g, unschedule_meeting, meeting_id=g.meetings["a_jurgen"], match="locked; unlock it")
    set_status(g.db, g.meetings["k_o"], "held")
    refused(g, unschedule_meeting, meeting_id=g.meetings["k_o"], match="stays on record")
    change = unschedule_meeting(g.db, g.meetings["k_j"])
    with g.db.read() as s:
        assert s.get(Meeting, g.meetings["k_j"]) is None
    assert change.undo is not None
    again = change.undo(g.db)
    m = meeting(g.db, again.meeting_ids[0])
    assert (m.slot_id, m.table_id, m.locked) == (g.slots[0], g.tables["T1"], False)
    done = unschedule_all(g.db)
    assert done.meeting_ids == (m.id,)
    with g.db.read() as s:
        left = set(s.scalars(select(Meeting.id)))
    assert left == {g.meetings["a_jurgen"], g.meetings["k_o"]}  # locked and held stay


def test_plan_lists_every_unplaced_request_with_a_reason(grid: Grid) -> None:
    g = grid
    plan = meeting_plan(g.db)
    assert plan.scheduled == 3
    reasons = {
        (u.requester_email.split(".")[0], u.target_email.split(".")[0]): u.reason
        for u in plan.unscheduled
    }
    assert reasons == {
        ("олена", "jolanta"): "not placed yet; there is room",
        ("олена", "åsa"): "not placed yet; there is room",
    }
    set_status(g.db, g.meetings["k_j"], "cancelled")
    set_registration(g.db, g.people["asa"], "cancelled")
    plan = meeting_plan(g.db)
    reasons = {u.request_id: u.reason for u in plan.unscheduled}
    assert reasons[g.requests["k_j"]] == "meeting cancelled"
    assert reasons[g.requests["o_a"]] == "registration cancelled"
    assert plan.breaks == 0
