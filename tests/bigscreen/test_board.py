"""What the big screen shows at a moment, without widgets: countdown text, bells between two
ticks, and the tables of a part of the room."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from clusterdesk.services.rounds import Round, Seat, TableMeeting
from clusterdesk.ui.bigscreen.board import bells_between, countdown, in_part, table_rows

T0 = datetime(2026, 5, 14, 10, 0, tzinfo=UTC)


def test_countdown_rounds_up_and_shows_hours_only_when_needed() -> None:
    assert countdown(T0 + timedelta(minutes=12, seconds=34), T0) == "12:34"
    assert countdown(T0 + timedelta(seconds=0.2), T0) == "00:01"  # never 00:00 before the time
    assert countdown(T0, T0 + timedelta(seconds=5)) == "00:00"
    assert countdown(T0 + timedelta(hours=1, minutes=2, seconds=3), T0) == "1:02:03"


def test_a_bell_for_each_boundary_passed_recently() -> None:
    marks = [T0, T0 + timedelta(minutes=20), T0 + timedelta(minutes=40)]
    assert bells_between(marks, T0 - timedelta(seconds=1), T0) == 1
    assert bells_between(marks, T0, T0 + timedelta(seconds=1)) == 0  # rung already
    assert bells_between(marks, T0 - timedelta(seconds=3), T0 + timedelta(seconds=3)) == 1
    assert bells_between(marks, T0 - timedelta(hours=1), T0 + timedelta(hours=1)) == 0  # a jump
    assert bells_between(marks, T0 + timedelta(seconds=5), T0) == 0  # the clock went back


def meeting(mid: int, order: int, table: str) -> TableMeeting:
    return TableMeeting(mid, table, order, Seat(f"A{mid}", ""), Seat(f"B{mid}", ""))


def test_parts_split_the_room_by_table_order_and_tableless_meetings_go_last() -> None:
    tables = [meeting(n, n, f"T{n + 1}") for n in range(10)] + [meeting(99, 1 << 30, "")]
    now = Round(1, "B2B", T0, T0 + timedelta(minutes=20), tuple(tables))
    first = table_rows(now, None, (0, 2), 10)
    last = table_rows(now, None, (1, 2), 10)
    assert [r.table for r in first] == ["T1", "T2", "T3", "T4", "T5"]
    assert [r.table for r in last] == ["T6", "T7", "T8", "T9", "T10", ""]
    assert len(table_rows(now, None)) == 11
    # every table on exactly one of three screens
    assert all(sum(in_part(n, (k, 3), 10) for k in range(3)) == 1 for n in range(10))
