"""Time arithmetic for B2B sessions: parsing ``HH:MM`` ranges and cutting a session into slots."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from clusterdesk.core.errors import UserError

_HHMM = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_DAY_RANGE = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*$"
)  # "2026-05-14 09:00-12:00"


def parse_hhmm(text: str, what: str = "time") -> time:
    m = _HHMM.match(text or "")
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise UserError(f"Bad {what} {text!r}: use HH:MM")
    return time(int(m.group(1)), int(m.group(2)))


def parse_hhmm_range(text: str, what: str = "time range") -> tuple[time, time]:
    parts = re.split(r"\s*[-–]\s*", (text or "").strip())
    if len(parts) != 2:
        raise UserError(f"Bad {what} {text!r}: use HH:MM-HH:MM")
    start, end = parse_hhmm(parts[0], what), parse_hhmm(parts[1], what)
    if end <= start:
        raise UserError(f"Bad {what} {text!r}: it ends before it starts")
    return start, end


def parse_day_ranges(text: str, tz: ZoneInfo) -> list[tuple[datetime, datetime]]:
    """``"2026-05-14 09:00-12:00; 2026-05-15 14:00-15:00"`` → aware (start, end) pairs."""
    out = []
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        m = _DAY_RANGE.match(part)
        if not m:
            raise ValueError(f"{part.strip()!r} is not a time range like 2026-05-14 09:00-12:00")
        try:
            day = date.fromisoformat(m.group(1))
        except ValueError as exc:
            raise ValueError(f"{m.group(1)!r} is not a date") from exc
        start, end = parse_hhmm(m.group(2)), parse_hhmm(m.group(3))
        if end <= start:
            raise ValueError(f"{part.strip()!r} ends before it starts")
        out.append((datetime.combine(day, start, tz), datetime.combine(day, end, tz)))
    return out


@dataclass(frozen=True)
class SlotTimes:
    index: int
    starts_at: datetime  # aware, UTC
    ends_at: datetime


def cut_slots(
    day: date,
    start: time,
    end: time,
    slot_minutes: int,
    pauses: list[tuple[time, time]],
    tz: ZoneInfo,
) -> list[SlotTimes]:
    """Consecutive slots of ``slot_minutes`` from ``start`` to ``end``, skipping pauses."""
    if slot_minutes <= 0:
        raise UserError("The slot length must be a positive number of minutes")
    if end <= start:
        raise UserError(f"The session ends ({end:%H:%M}) before it starts ({start:%H:%M})")
    step = timedelta(minutes=slot_minutes)
    cursor = datetime.combine(day, start)
    stop = datetime.combine(day, end)
    spans = sorted((datetime.combine(day, a), datetime.combine(day, b)) for a, b in pauses)
    slots: list[SlotTimes] = []
    while cursor + step <= stop:
        clash = next((p for p in spans if cursor < p[1] and p[0] < cursor + step), None)
        if clash is not None:
            cursor = clash[1]
            continue
        a = cursor.replace(tzinfo=tz).astimezone(UTC)
        b = (cursor + step).replace(tzinfo=tz).astimezone(UTC)
        slots.append(SlotTimes(len(slots) + 1, a, b))
        cursor += step
    if not slots:
        raise UserError("The session is too short for even one slot")
    return slots


def format_pauses(pauses: list[tuple[time, time]]) -> str:
    return ";".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in pauses)


def parse_pauses(text: str) -> list[tuple[time, time]]:
    return [parse_hhmm_range(p, "break") for p in (text or "").split(";") if p.strip()]
