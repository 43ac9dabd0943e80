"""The meeting rounds as the room's big screen shows them (read-only).

A *round* is every slot that starts at one moment: the tables, in the room's order, each with its
two people and their organisations. ``load_rounds`` reads them in three queries (tuples, no ORM
objects); ``plan_stamp`` is one cheap query whose answer changes whenever anything the screen
shows changes (meetings placed, moved, swapped, cancelled; people renamed; sessions or tables
edited), so a screen can poll it and reload only then — also for changes made at another desk.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select

from clusterdesk.services.events import event_info
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    B2BSession,
    Event,
    Meeting,
    MeetingTable,
    Organization,
    Participant,
    Slot,
)


@dataclass(frozen=True)
class Seat:
    """One person at a table."""

    name: str
    organization: str


@dataclass(frozen=True)
class TableMeeting:
    meeting_id: int
    table: str  # "" when the meeting has no table yet
    order: int  # the table's place in the room's order (tables without a label last)
    a: Seat
    b: Seat


@dataclass(frozen=True)
class Round:
    number: int  # 1, 2, … within its day
    session: str  # the session's name (several joined by " · " when they run in parallel)
    starts_at: datetime  # aware, event-local
    ends_at: datetime  # the latest end of the round's slots
    meetings: tuple[TableMeeting, ...]  # in the room's table order; cancelled ones left out

    def contains(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at


@dataclass(frozen=True)
class Rounds:
    event_name: str
    timezone: str
    rounds: tuple[Round, ...]  # in time order
    stamp: tuple[object, ...]  # plan_stamp() when these were read
    table_count: int = 0  # tables in the room (TableMeeting.order runs from 0 to this)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def current(self, now: datetime) -> Round | None:
        """The round running at ``now`` (the one that started last when rounds overlap)."""
        i = bisect_right([r.starts_at for r in self.rounds], now)
        for r in reversed(self.rounds[:i]):
            if r.contains(now):
                return r
        return None

    def next(self, now: datetime) -> Round | None:
        """The first round that starts after ``now``."""
        i = bisect_right([r.starts_at for r in self.rounds], now)
        return self.rounds[i] if i < len(self.rounds) else None

    def boundaries(self) -> list[datetime]:
        """Every moment a round starts or ends, in order (each once)."""
        return sorted({r.starts_at for r in self.rounds} | {r.ends_at for r in self.rounds})


def plan_stamp(db: EventDB) -> tuple[object, ...]:
    """A fingerprint of what the big screen shows; equal stamps mean nothing it shows changed."""
    m = Meeting
    with db.read() as s:
        meetings = s.execute(
            select(
                func.count(m.id),
                func.max(m.id),
                func.sum(m.id * m.slot_id),
                func.sum(m.id * (func.coalesce(m.table_id, 0) + 1)),
                func.sum(case((m.status == "cancelled", m.id), else_=0)),
                func.sum(m.participant_a_id * 3 + m.participant_b_id),
            )
        ).one()
        people = s.execute(
            select(func.count(Participant.id), func.max(Participant.updated_at))
        ).one()
        slots = s.execute(
            select(func.count(Slot.id), func.max(Slot.id), func.min(Slot.starts_at))
        ).one()
        tables = s.execute(
            select(
                func.count(MeetingTable.id),
                func.max(MeetingTable.id),
                func.sum(MeetingTable.position * MeetingTable.id),
            )
        ).one()
        organizations = s.execute(select(func.count(Organization.id))).one()
        event = s.execute(select(Event.name, Event.timezone)).one()
    return (*meetings, *people, *slots, *tables, *organizations, *event)


def load_rounds(db: EventDB) -> Rounds:
    """Every round of the event with its meetings at their tables (see the module's text)."""
    stamp = plan_stamp(db)
    info = event_info(db)
    tz = info.tz
    with db.read() as s:
        seats = {
            pid: Seat(f"{first} {last}".strip(), org)
            for pid, first, last, org in s.execute(
                select(
                    Participant.id,
                    Participant.first_name,
                    Participant.last_name,
                    func.coalesce(Organization.name, ""),
                ).outerjoin(Organization, Participant.organization_id == Organization.id)
            )
        }
        tables = {
            tid: (n, label)
            for n, (tid, label) in enumerate(
                s.execute(
                    select(MeetingTable.id, MeetingTable.label).order_by(
                        MeetingTable.position, MeetingTable.id
                    )
                )
            )
        }
        slots = list(
            s.execute(
                select(Slot.id, Slot.starts_at, Slot.ends_at, B2BSession.name)
                .join(B2BSession, Slot.session_id == B2BSession.id)
                .order_by(Slot.starts_at, Slot.id)
            )
        )
        rows = s.execute(
            select(
                Meeting.id,
                Meeting.slot_id,
                Meeting.table_id,
                Meeting.participant_a_id,
                Meeting.participant_b_id,
            ).where(Meeting.status.in_(ACTIVE_MEETING_STATUSES))
        ).all()
    by_slot: dict[int, list[tuple[int, int, TableMeeting]]] = {}
    nobody = Seat("", "")
    for mid, slot_id, table_id, a, b in rows:
        order, label = (
            tables.get(table_id, (1 << 30, "")) if table_id is not None else (1 << 30, "")
        )
        item = TableMeeting(mid, label, order, seats.get(a, nobody), seats.get(b, nobody))
        by_slot.setdefault(slot_id, []).append((order, mid, item))
    # slots starting at one moment form one round
    groups: dict[datetime, list[tuple[int, datetime, str]]] = {}
    for slot_id, starts_at, ends_at, session in slots:
        groups.setdefault(starts_at, []).append((slot_id, ends_at, session))
    rounds: list[Round] = []
    per_day: dict[object, int] = {}
    for starts_at in sorted(groups):
        group = groups[starts_at]
        local = starts_at.astimezone(tz)
        number = per_day[local.date()] = per_day.get(local.date(), 0) + 1
        found = sorted(m for slot_id, _, _ in group for m in by_slot.get(slot_id, []))
        sessions = list(dict.fromkeys(session for _, _, session in group))
        rounds.append(
            Round(
                number,
                " · ".join(sessions),
                local,
                max(end for _, end, _ in group).astimezone(tz),
                tuple(m for _, _, m in found),
            )
        )
    return Rounds(info.name, info.timezone, tuple(rounds), stamp, len(tables))
