"""The meeting grid as the GUI shows it: tables × slots, the meetings in their cells, the people
in them, the accepted requests still waiting (with the reason) and the KPIs. Plain, detached data
in event-local time, loaded in a few queries (ids and tuples, no ORM objects)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from clusterdesk.services.events import event_info
from clusterdesk.services.meetings import unscheduled_rows
from clusterdesk.services.meetings_problem import UnscheduledRow, load_problem
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    B2BSession,
    Meeting,
    MeetingTable,
    Organization,
    Participant,
    Slot,
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
    rating: str = ""  # a held meeting: how it went (store.models.MEETING_RATINGS; "" not rated)

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
    tz = event_info(db).tz
    unscheduled = unscheduled_rows(db, load_problem(db, keep_existing=True))
    with db.read() as s:
        slots = []
        for r in s.execute(
            select(Slot.id, Slot.session_id, B2BSession.name, Slot.starts_at, Slot.ends_at)
            .join(B2BSession, Slot.session_id == B2BSession.id)
            .order_by(Slot.starts_at, Slot.id)
        ):
            start = r.starts_at.astimezone(tz)
            slots.append(
                BoardSlot(r.id, r.session_id, r.name, start.date(), start, r.ends_at.astimezone(tz))
            )
        people: dict[int, Person] = {}
        hosts: dict[int, list[str]] = {}
        by_email: dict[str, int] = {}
        for p in s.execute(
            select(
                Participant.id,
                Participant.first_name,
                Participant.last_name,
                Participant.email,
                Participant.country,
                Participant.fixed_table_id,
                func.coalesce(Organization.name, ""),
            ).outerjoin(Organization, Participant.organization_id == Organization.id)
        ):
            name = f"{p.first_name} {p.last_name}".strip()
            people[p.id] = Person(
                p.id, name, short_name(p.first_name, p.last_name), p[6], p.country, p.email
            )
            by_email[p.email] = p.id
            if p.fixed_table_id is not None:
                hosts.setdefault(p.fixed_table_id, []).append(name)
        tables = [
            BoardTable(t.id, t.label, t.zone, ", ".join(sorted(hosts.get(t.id, []))))
            for t in s.execute(
                select(MeetingTable.id, MeetingTable.label, MeetingTable.zone).order_by(
                    MeetingTable.position, MeetingTable.id
                )
            )
        ]
        meetings = [_board_meeting(m) for m in s.execute(_MEETINGS)]
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
    Meeting.rating,
)


def _board_meeting(row: Sequence[Any]) -> BoardMeeting:
    return BoardMeeting(*row)  # the columns of _MEETINGS, in the fields' order


def board_meetings(db: EventDB, ids: Iterable[int]) -> dict[int, BoardMeeting | None]:
    """The current rows of some meetings (None: deleted), to patch a board after a change."""
    wanted = set(ids)
    with db.read() as s:
        found = {
            m.id: _board_meeting(m) for m in s.execute(_MEETINGS.where(Meeting.id.in_(wanted)))
        }
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
    position = {s.id: i for i, s in enumerate(slots)}
    day = [s.day for s in slots]
    busy: dict[int, set[int]] = {}
    for m in meetings:
        if m.active and m.slot_id in position:
            busy.setdefault(m.a, set()).add(position[m.slot_id])
            busy.setdefault(m.b, set()).add(position[m.slot_id])
    total = 0
    for taken in busy.values():
        ordered = sorted(taken)
        total += sum(
            1 for x, y in zip(ordered, ordered[1:], strict=False) if y - x > 1 and day[x] == day[y]
        )
    return total


def _unplaced(u: UnscheduledRow, by_email: dict[str, int]) -> Unplaced:
    return Unplaced(u.request_id, by_email[u.requester_email], by_email[u.target_email], u.reason)
