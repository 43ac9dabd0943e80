"""The meeting grid as the GUI shows it: tables × slots, the meetings in their cells, the people
in them, the accepted requests still waiting (with the reason) and the KPIs. Plain, detached data
in event-local time, loaded in a few queries (ids and tuples, no ORM objects)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select

from clusterdesk.services.meetings import unscheduled_of
from clusterdesk.services.meetings_problem import UnscheduledRow
from clusterdesk.services.plan_snapshot import (
    Snapshot,
    count_plan_breaks,
    read_snapshot,
    split_requests,
)
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    Meeting,
)


@dataclass(frozen=True)
class BoardSlot:
    id: int
    session_id: int
    session: str
    day: date
    starts_at: datetime  # event-local
    ends_at: datetime


@dataclass(frozen=True)
class BoardTable:
    id: int
    label: str
    zone: str
    hosts: str  # names of the participants whose own table this is


@dataclass(frozen=True)
class BoardMeeting:
    id: int
    request_id: int | None
    slot_id: int
    table_id: int | None
    a: int
    b: int
    status: str
    locked: bool
    absent: str = ""  # a no-show: who did not come ("a", "b", "both"; "" not said)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_MEETING_STATUSES

    def did_not_come(self) -> tuple[int, ...]:
        """The participants who did not come to this no-show (none when not said)."""
        if self.status != "no_show":
            return ()
        return {"a": (self.a,), "b": (self.b,), "both": (self.a, self.b)}.get(self.absent, ())


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    short: str  # "K. Šetkus": fits a grid cell
    organization: str
    country: str
    email: str


@dataclass(frozen=True)
class Unplaced:
    request_id: int
    a: int
    b: int
    reason: str


@dataclass(frozen=True)
class Board:
    slots: list[BoardSlot]
    tables: list[BoardTable]
    meetings: list[BoardMeeting]
    people: dict[int, Person]
    unplaced: list[Unplaced]
    breaks: int

    @property
    def active(self) -> list[BoardMeeting]:
        return [m for m in self.meetings if m.active]

    @property
    def scheduled(self) -> int:
        return len(self.active)

    @property
    def requested(self) -> int:
        """Meetings wanted: the scheduled ones plus the accepted requests still waiting."""
        return self.scheduled + len(self.unplaced)

    @property
    def tables_used(self) -> int:
        return len({m.table_id for m in self.active if m.table_id is not None})

    def agenda(self, person: int) -> list[BoardMeeting]:
        """A participant's meetings in time order."""
        order = {s.id: i for i, s in enumerate(self.slots)}
        mine = [m for m in self.meetings if person in (m.a, m.b)]
        return sorted(mine, key=lambda m: (order.get(m.slot_id, 0), m.id))


def short_name(first: str, last: str) -> str:
    first, last = first.strip(), last.strip()
    if not last:
        return first
    if not first:
        return last
    return f"{first[0]}. {last}"


def load_board(db: EventDB) -> Board:
    return board_of(read_snapshot(db))


def board_of(snap: Snapshot) -> Board:
    """The board from a snapshot already read (event-local times)."""
    tz = snap.tz
    split = split_requests(snap.requests, snap.meetings, snap.people, keep_existing=True)
    unscheduled = unscheduled_of(snap, split)
    slots = []
    for r in snap.slots:
        start = r.starts_at.astimezone(tz)
        slots.append(
            BoardSlot(r.id, r.session_id, r.session, start.date(), start, r.ends_at.astimezone(tz))
        )
    people: dict[int, Person] = {}
    hosts: dict[int, list[str]] = {}
    by_email: dict[str, int] = {}
    for p in snap.people:
        name = f"{p.first_name} {p.last_name}".strip()
        people[p.id] = Person(
            p.id, name, short_name(p.first_name, p.last_name), p.organization, p.country, p.email
        )
        by_email[p.email] = p.id
        if p.fixed_table_id is not None:
            hosts.setdefault(p.fixed_table_id, []).append(name)
    tables = [
        BoardTable(t.id, t.label, t.zone, ", ".join(sorted(hosts.get(t.id, []))))
        for t in snap.tables
    ]
    meetings = [BoardMeeting(*m) for m in sorted(snap.meetings, key=lambda m: m.id)]
    unplaced = [_unplaced(u, by_email) for u in unscheduled]
    return Board(slots, tables, meetings, people, unplaced, count_breaks(slots, meetings))


_MEETINGS = select(
    Meeting.id,
    Meeting.request_id,
    Meeting.slot_id,
    Meeting.table_id,
    Meeting.participant_a_id,
    Meeting.participant_b_id,
    Meeting.status,
    Meeting.locked,
    Meeting.absent,
)


def board_meetings(db: EventDB, ids: Iterable[int]) -> dict[int, BoardMeeting | None]:
    """The current rows of some meetings (None: deleted), to patch a board after a change."""
    wanted = set(ids)
    with db.read() as s:
        found = {m[0]: BoardMeeting(*m) for m in s.execute(_MEETINGS.where(Meeting.id.in_(wanted)))}
    return {i: found.get(i) for i in wanted}


def patched(board: Board, rows: dict[int, BoardMeeting | None]) -> Board:
    """The board with some meetings replaced (or removed); breaks recounted."""
    known = {m.id for m in board.meetings}
    meetings: list[BoardMeeting] = []
    for m in board.meetings:
        new = rows.get(m.id, m) if m.id in rows else m
        if new is not None:
            meetings.append(new)
    meetings += [m for i, m in rows.items() if m is not None and i not in known]
    return replace(board, meetings=meetings, breaks=count_breaks(board.slots, meetings))


def count_breaks(slots: list[BoardSlot], meetings: list[BoardMeeting]) -> int:
    """Breaks as the scheduler counts them: per participant and day, the maximal runs of idle
    slots between two of their meetings."""
    return count_plan_breaks([(s.id, s.day) for s in slots], meetings)


def _unplaced(u: UnscheduledRow, by_email: dict[str, int]) -> Unplaced:
    return Unplaced(u.request_id, by_email[u.requester_email], by_email[u.target_email], u.reason)
