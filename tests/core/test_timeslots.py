from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from clusterdesk.core.errors import UserError
from clusterdesk.core.timeslots import cut_slots, parse_day_ranges, parse_hhmm_range

VILNIUS = ZoneInfo("Europe/Vilnius")


def test_slots_skip_pauses_and_are_utc() -> None:
    slots = cut_slots(
        date(2026, 5, 14), time(13, 0), time(17, 20), 20, [(time(15, 0), time(15, 20))], VILNIUS
    )
    assert len(slots) == 12
    local = [s.starts_at.astimezone(VILNIUS).strftime("%H:%M") for s in slots]
    assert local[:6] == ["13:00", "13:20", "13:40", "14:00", "14:20", "14:40"]
    assert local[6] == "15:20"
    assert slots[0].starts_at.utcoffset().total_seconds() == 0
    assert [s.index for s in slots] == list(range(1, 13))


def test_pause_that_does_not_align_with_slots() -> None:
    slots = cut_slots(
        date(2026, 5, 14), time(9, 0), time(11, 0), 30, [(time(9, 45), time(10, 0))], VILNIUS
    )
    local = [s.starts_at.astimezone(VILNIUS).strftime("%H:%M") for s in slots]
    assert local == ["09:00", "10:00", "10:30"]


@pytest.mark.parametrize("bad", ["9-10", "10:00-09:00", "25:00-26:00", "10:00"])
def test_bad_ranges_are_user_errors(bad: str) -> None:
    with pytest.raises(UserError):
        parse_hhmm_range(bad)


def test_day_ranges() -> None:
    ranges = parse_day_ranges("2026-05-14 09:00-12:00; 2026-05-15 14:00-15:30", VILNIUS)
    assert len(ranges) == 2
    assert ranges[1][1].hour == 15 and ranges[1][1].minute == 30
    with pytest.raises(ValueError, match="not a time range"):
        parse_day_ranges("tomorrow morning", VILNIUS)
    with pytest.raises(ValueError, match="ends before"):
        parse_day_ranges("2026-05-14 12:00-09:00", VILNIUS)
