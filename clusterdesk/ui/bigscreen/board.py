"""What the big screen shows at a moment, worked out from the rounds and the clock (no widgets).

The clock is a callable returning an aware ``datetime`` (:data:`Clock`); the app passes
:func:`system_clock`, tests pass their own and move it past round boundaries.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from clusterdesk.services.rounds import Round, Rounds, TableMeeting

Clock = Callable[[], datetime]
BELL_GRACE = timedelta(seconds=10)  # a boundary passed longer ago than this rings no bell


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Row:
    """One table: who sits there in the current round and who in the next."""

    table: str
    now: TableMeeting | None
    next: TableMeeting | None


@dataclass(frozen=True)
class Moment:
    current: Round | None
    next: Round | None
    rows: tuple[Row, ...]

    @property
    def key(self) -> tuple[datetime | None, datetime | None]:
        """Changes exactly when the rounds shown change."""
        return (
            self.current.starts_at if self.current else None,
            self.next.starts_at if self.next else None,
        )


def rounds_at(rounds: Rounds, now: datetime) -> tuple[Round | None, Round | None]:
    return rounds.current(now), rounds.next(now)


Part = tuple[int, int]  # (k, n): the k-th (from 0) of n equal runs of the room's tables
WHOLE_ROOM: Part = (0, 1)


def in_part(order: int, part: Part, table_count: int) -> bool:
    """Whether the table at ``order`` belongs to ``part``; meetings without a table (ordered after
    every table) go with the last part."""
    k, n = part
    if n <= 1:
        return True
    if order >= table_count:
        return k == n - 1
    return k * table_count // n <= order < (k + 1) * table_count // n


def table_rows(
    current: Round | None,
    upcoming: Round | None,
    part: Part = WHOLE_ROOM,
    table_count: int = 0,
) -> tuple[Row, ...]:
    """Every table used in either round, in the room's order (only those of ``part`` when the
    room is shared among several screens)."""
    by_table: dict[tuple[int, str, int], list[TableMeeting | None]] = {}
    for column, r in enumerate((current, upcoming)):
        for m in r.meetings if r is not None else ():
            if not in_part(m.order, part, table_count):
                continue
            # meetings without a table each get a row of their own
            key = (m.order, m.table, 0 if m.table else m.meeting_id)
            by_table.setdefault(key, [None, None])[column] = m
    return tuple(Row(key[1], now, nxt) for key, (now, nxt) in sorted(by_table.items()))


def countdown(until: datetime, now: datetime) -> str:
    """ "12:34", or "1:02:03" from an hour on; whole seconds rounded up (never shows 0:00 early)."""
    left = max(0, math.ceil((until - now).total_seconds()))
    hours, rest = divmod(left, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def bells_between(boundaries: list[datetime], before: datetime, now: datetime) -> int:
    """How many round boundaries the clock passed in (before, now], recently enough to ring."""
    if now <= before:
        return 0
    lo = bisect_right(boundaries, max(before, now - BELL_GRACE))
    hi = bisect_right(boundaries, now)
    return max(0, hi - lo)


def pages_of(rows: int, per_page: int) -> int:
    return max(1, math.ceil(rows / max(1, per_page)))
