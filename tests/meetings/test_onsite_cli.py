"""The on-site services and their command line: who is not here yet, the next meeting of a late
arrival, a walk-in meeting, `absent`, `walkin-meeting`, `meetings --participant`."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from clusterdesk.services.arrivals import next_meeting, not_here
from clusterdesk.services.checkin import check_in
from clusterdesk.services.events import create_event, event_info
from clusterdesk.services.meeting_edits import EditRefused
from clusterdesk.services.sessions import add_session, ensure_tables, list_slots
from clusterdesk.services.walkin_meeting import book_walkin, walkin_options
from clusterdesk.store.models import Meeting, MeetingRequest
from tests.checkin.helpers import add_person
from tests.cli.helpers import cli
from tests.meetings.conftest import DAY, Grid, meeting


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
        assert "already have a meeting" in str(exc)
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


def _future_event(path: Path) -> dict[str, str]:
    """An event 30 days from today (the CLI works against the real clock)."""
    day = date.today() + timedelta(days=30)
    db = create_event(path, name="Forum", start=day)
    try:
        add_session(db, name="B2B", day=day, start=time(13, 0), end=time(14, 0), slot_minutes=20)
        ensure_tables(db, 2, "T")
        people = {
            n: add_person(db, f, l)
            for n, f, l in (
                ("k", "Kęstutis", "Šetkus"),
                ("j", "Jolanta", "Aviženytė"),
                ("o", "Олена", "Фесенко"),
                ("a", "Åsa", "Ødegård"),
            )
        }
        slots = [s.id for s in list_slots(db)]
        with db.write() as s:
            tables = [1, 2]
            for (x, y), slot in ((("k", "j"), 0), (("k", "o"), 1)):
                r = MeetingRequest(requester_id=people[x], target_id=people[y], status="accepted")
                s.add(r)
                s.flush()
                s.add(
                    Meeting(
                        request_id=r.id,
                        participant_a_id=people[x],
                        participant_b_id=people[y],
                        slot_id=slots[slot],
                        table_id=tables[0],
                    )
                )
            s.add(
                MeetingRequest(requester_id=people["o"], target_id=people["j"], status="accepted")
            )
    finally:
        db.dispose()
    return {
        "k": "kęstutis.šetkus@example.lt",
        "j": "jolanta.aviženytė@example.lt",
        "o": "олена.фесенко@example.lt",
        "a": "åsa.ødegård@example.lt",
    }


def test_cli_absent_walkin_and_participant_meetings(tmp_path: Path) -> None:
    event = tmp_path / "forum.cdesk"
    email = _future_event(event)
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
