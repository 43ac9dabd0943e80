"""The on-site services and their command line: who is not here yet, the next meeting of a late
arrival, a walk-in meeting, `absent`, `walkin-meeting`, `meetings --participant`."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from sqlalchemy import select

from clusterdesk.cli.words import describe
from clusterdesk.services.arrivals import next_meeting, not_here
from clusterdesk.services.checkin import check_in
from clusterdesk.services.events import event_info
from clusterdesk.services.meeting_edits import EditRefused
from clusterdesk.services.walkin_meeting import book_walkin, walkin_options
from clusterdesk.store.models import Meeting, MeetingRequest
from tests.cli.helpers import cli
from tests.meetings.conftest import DAY, Grid, meeting
from tests.meetings.onsite_helpers import future_event


def at(g: Grid, hh: int, mm: int) -> datetime:
    return datetime.combine(DAY, time(hh, mm), event_info(g.db).tz)


def test_not_here_lists_people_by_their_first_meeting(grid: Grid) -> None:
    g = grid
    check_in(g.db, participant_id=g.people["jolanta"], desk="Desk 1")
    found = not_here(g.db, now=at(g, 12, 0))
    assert found.next_round and found.by == at(g, 13, 0)
    names = [m.person.name for m in found.people]
    # Jolanta is here; Kęstutis (13:00), Åsa and Jürgen (13:00) and Olena (13:20) are not
    assert "Jolanta Aviženytė" not in names
    assert names[-1] == "Олена Фесенко"
    kestutis = next(m for m in found.people if m.person.name == "Kęstutis Šetkus")
    assert [(u.partner.name, u.partner_here, u.table) for u in kestutis.meetings] == [
        ("Jolanta Aviženytė", True, "T1"),
        ("Олена Фесенко", False, "T1"),
    ]
    later = not_here(g.db, by=at(g, 13, 20), now=at(g, 12, 0))
    assert not later.next_round
    assert {m.person.name for m in later.people} == {"Kęstutis Šetkus", "Олена Фесенко"}


def test_next_meeting_of_a_late_arrival(grid: Grid) -> None:
    g = grid
    up = next_meeting(g.db, g.people["kestutis"], now=at(g, 13, 25))
    assert up is not None
    assert (up.partner.name, up.table) == ("Олена Фесенко", "T1")  # 13:20 runs until 13:40
    assert next_meeting(g.db, g.people["kestutis"], now=at(g, 13, 45)) is None


def test_walkin_meeting_first_common_free_round_and_undo(grid: Grid) -> None:
    g = grid
    k, a = g.people["kestutis"], g.people["asa"]
    options = walkin_options(g.db, k, a, now=at(g, 13, 10))
    # 13:20 Kęstutis meets Olena; 14:00 Åsa is away: 13:40 is the only round to come
    assert [(o.starts_at, o.table) for o in options.options] == [(at(g, 13, 40), "T1")]
    change = book_walkin(g.db, k, a, now=at(g, 13, 10), actor="desk")
    assert change.slip is not None and change.slip.table == "T1"
    m = meeting(g.db, change.meeting_ids[0])
    assert (m.slot_id, m.locked) == (g.slots[2], True)
    try:
        book_walkin(g.db, k, a, now=at(g, 13, 10))
        raise AssertionError("booked twice")
    except EditRefused as exc:
        assert "already have a meeting" in describe(exc.msg)
    assert change.undo is not None
    change.undo(g.db)
    with g.db.read() as s:
        assert s.get(Meeting, change.meeting_ids[0]) is None
        assert (
            s.scalar(
                select(MeetingRequest.id).where(
                    MeetingRequest.requester_id == k, MeetingRequest.target_id == a
                )
            )
            is None
        )


def test_cli_absent_walkin_and_participant_meetings(tmp_path: Path) -> None:
    event = tmp_path / "forum.cdesk"
    email = future_event(event)
    mine = cli("meetings", str(event), "--participant", email["k"].upper(), "--json").json()
    assert [m["participants"] for m in mine["meetings"]] == [
        [email["k"], email["j"]],
        [email["k"], email["o"]],
    ]
    assert mine["unscheduled_requests"] == []

    done = cli("absent", str(event), email["k"], "--replan", "--json")
    assert done.code == 0, done.err
    data = done.json()
    assert [f["status"] for f in data["freed"]] == ["cancelled", "cancelled"]
    assert [p["participants"] for p in data["placed"]] == [[email["o"], email["j"]]]
    assert data["moved"] == [] and data["not_placed"] == []
    assert sorted(data["changed_agendas"]) == sorted([email["j"], email["o"]])
    assert set(data) >= {
        "participant",
        "from",
        "checked_in",
        "freed",
        "placed",
        "moved",
        "not_placed",
        "changed_agendas",
    }

    mine = cli("meetings", str(event), "--participant", email["k"], "--json").json()
    assert [m["status"] for m in mine["meetings"]] == ["cancelled", "cancelled"]

    options = cli("walkin-meeting", str(event), email["a"], email["k"], "--list", "--json").json()
    assert options["options"] and options["reason"] is None
    booked = cli("walkin-meeting", str(event), email["a"], email["k"], "--json")
    assert booked.code == 0, booked.err
    slip = booked.json()["meeting"]
    assert (
        slip["participants"] == [email["a"], email["k"]]
        and slip["table"] == options["options"][0]["table"]
    )
    assert slip["slot"] == options["options"][0]["slot"]

    again = cli("walkin-meeting", str(event), email["a"], email["k"])
    assert again.code == 2 and "already have a meeting" in again.err
    unknown = cli("absent", str(event), "nobody@example.lt")
    assert unknown.code == 2 and "nobody@example.lt" in unknown.err
    bad = cli("absent", str(event), email["j"], "--from", "25:99")
    assert bad.code == 2
    text = cli("absent", str(event), email["j"], "--from", "13:20")
    assert text.code == 0 and "absent from 13:20" in text.out
