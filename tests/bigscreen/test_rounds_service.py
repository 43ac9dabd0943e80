"""The big screen's read-only service on a real event (SQLite and PostgreSQL): the rounds, who
sits at which table, what is running at a moment, and the stamp that tells a screen to reload."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from clusterdesk.services.events import event_info
from clusterdesk.services.meeting_edits import move_meeting, set_status
from clusterdesk.services.participants import get_participant, input_of, update_participant
from clusterdesk.services.rounds import load_rounds, plan_stamp
from tests.meetings.conftest import DAY, Grid


def at(grid: Grid, hh: int, mm: int) -> datetime:
    tz = event_info(grid.db).tz
    return datetime(DAY.year, DAY.month, DAY.day, hh, mm, tzinfo=tz)


def test_rounds_list_every_table_with_both_people_in_room_order(grid: Grid) -> None:
    rounds = load_rounds(grid.db)
    assert rounds.event_name == "Baltic Cluster Forum"
    assert [r.number for r in rounds.rounds] == [1, 2, 3, 4]
    assert [f"{r.starts_at:%H:%M}-{r.ends_at:%H:%M}" for r in rounds.rounds] == [
        "13:00-13:20",
        "13:20-13:40",
        "13:40-14:00",
        "14:00-14:20",
    ]
    first = rounds.rounds[0]
    assert first.session == "B2B matchmaking"
    assert [m.table for m in first.meetings] == ["T1", "T3"]
    kj = first.meetings[0]
    assert {(kj.a.name, kj.a.organization), (kj.b.name, kj.b.organization)} == {
        ("Kęstutis Šetkus", "Klaipėda Science Park"),
        ("Jolanta Aviženytė", "Vilnius Tech Cluster"),
    }
    assert {first.meetings[1].a.name, first.meetings[1].b.name} == {"Åsa Ødegård", "Jürgen Groß"}
    assert [m.table for m in rounds.rounds[1].meetings] == ["T1"]
    assert rounds.rounds[2].meetings == () and rounds.rounds[3].meetings == ()


def test_current_and_next_round_follow_the_clock(grid: Grid) -> None:
    rounds = load_rounds(grid.db)

    def numbers(now: datetime) -> tuple[int | None, int | None]:
        current, upcoming = rounds.current(now), rounds.next(now)
        return (current.number if current else None, upcoming.number if upcoming else None)

    assert numbers(at(grid, 12, 0)) == (None, 1)
    assert numbers(at(grid, 13, 5)) == (1, 2)
    assert numbers(at(grid, 13, 20)) == (2, 3)  # a boundary belongs to the round it starts
    assert numbers(at(grid, 13, 20) - timedelta(microseconds=1)) == (1, 2)
    assert numbers(at(grid, 14, 10)) == (4, None)
    assert numbers(at(grid, 14, 20)) == (None, None)
    assert numbers(at(grid, 13, 5).astimezone(UTC)) == (1, 2)  # any time zone of the clock
    assert len(rounds.boundaries()) == 5


def test_a_cancelled_meeting_leaves_the_screen_and_changes_the_stamp(grid: Grid) -> None:
    before = plan_stamp(grid.db)
    assert plan_stamp(grid.db) == before  # nothing changed, nothing to reload
    set_status(grid.db, grid.meetings["k_j"], "cancelled")
    assert plan_stamp(grid.db) != before
    assert [m.table for m in load_rounds(grid.db).rounds[0].meetings] == ["T3"]


def test_the_stamp_changes_when_a_meeting_moves_or_a_person_is_renamed(grid: Grid) -> None:
    first = load_rounds(grid.db)
    move_meeting(grid.db, grid.meetings["k_o"], grid.slots[1], grid.tables["T2"])
    moved = load_rounds(grid.db)
    assert moved.stamp != first.stamp
    assert [m.table for m in moved.rounds[1].meetings] == ["T2"]
    data = input_of(get_participant(grid.db, grid.people["olena"]))
    update_participant(grid.db, grid.people["olena"], replace(data, last_name="Фесенко-Коваль"))
    renamed = load_rounds(grid.db)
    assert renamed.stamp != moved.stamp
    names = {p.name for m in renamed.rounds[1].meetings for p in (m.a, m.b)}
    assert "Олена Фесенко-Коваль" in names
