"""The hard rules of the meeting grid, checked against the database as it is now.

One :class:`BoardState` snapshot (slots, tables, host tables, active meetings, availability, caps)
answers the questions every on-site change asks: may this pair meet in this (slot, table) cell,
and if not, why; which cells are allowed (the GUI's red/green overlay); why is a request not
placed. The rules are the scheduler's hard constraints: one meeting per participant per slot, one
meeting per table per slot, only slots both can attend, the request's session, host tables, caps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.scheduling.problem import (
    REASON_CAP,
    REASON_NO_COMMON_SLOT,
    REASON_NO_TABLE,
    REASON_NOT_PLACED,
)
from clusterdesk.store.models import (
    B2BSession,
    Meeting,
    MeetingRequest,
    MeetingTable,
    Participant,
    Slot,
    Unavailability,
)

ACTIVE = ("scheduled", "held", "no_show")
"""Meeting statuses that occupy their cell and their participants' time (cancelled ones don't)."""

Cell = tuple[int, int]  # (slot id, table id)
REASON_NOT_YET = "not scheduled yet (a free cell exists)"


@dataclass(frozen=True)
class Pair:
    """Who is to meet: ``a`` the requester (whose host table wins), ``b`` the target."""

    a: int
    b: int
    session_id: int | None = None  # the request's session restriction
    ignore: frozenset[int] = frozenset()  # meetings that do not count (the one being moved)


class Placed(NamedTuple):
    """An active meeting on the board."""

    a: int
    b: int
    slot: int
    table: int | None
    session_id: int | None  # its request's session restriction
    status: str


@dataclass(frozen=True)
class SlotRow:
    id: int
    session_id: int
    session: str
    starts_at: datetime
    ends_at: datetime


@dataclass
class BoardState:
    slots: list[SlotRow]
    tables: list[tuple[int, str]]  # (id, label) in display order
    names: dict[int, str]
    fixed_table: dict[int, int]  # participant -> host table
    caps: dict[int, int]
    unavailable: dict[int, list[tuple[datetime, datetime]]]
    cells: dict[Cell, int] = field(default_factory=dict)  # occupied cell -> meeting id
    meetings: dict[int, Placed] = field(default_factory=dict)
    busy: dict[tuple[int, int], int] = field(default_factory=dict)  # (person, slot) -> meeting
    per_session: dict[tuple[int, int], int] = field(default_factory=dict)  # (person, session) -> n

    @cached_property
    def slot_by_id(self) -> dict[int, SlotRow]:
        return {s.id: s for s in self.slots}

    @cached_property
    def label(self) -> dict[int, str]:
        return dict(self.tables)

    @cached_property
    def host_tables(self) -> set[int]:
        return set(self.fixed_table.values())

    def name(self, pid: int) -> str:
        return self.names.get(pid, f"participant {pid}")

    def without(self, meeting_ids: Iterable[int]) -> BoardState:
        """The same board with some meetings taken off (a move or swap checks against this)."""
        drop = set(meeting_ids) & set(self.meetings)
        if not drop:
            return self
        slot_session = {s.id: s.session_id for s in self.slots}
        board = BoardState(self.slots, self.tables, self.names, self.fixed_table, self.caps,
                           self.unavailable)  # fmt: skip
        board.cells = dict(self.cells)
        board.busy = dict(self.busy)
        board.per_session = dict(self.per_session)
        board.meetings = {k: v for k, v in self.meetings.items() if k not in drop}
        for mid in drop:
            a, b, slot, table, _, _ = self.meetings[mid]
            if table is not None and board.cells.get((slot, table)) == mid:
                del board.cells[(slot, table)]
            for p in (a, b):
                if board.busy.get((p, slot)) == mid:
                    del board.busy[(p, slot)]
                key = (p, slot_session[slot])
                board.per_session[key] = board.per_session.get(key, 1) - 1
        return board

    # --- the rules ------------------------------------------------------------------------
    def slot_reason(self, pair: Pair, slot: SlotRow, *, caps: bool = True) -> str | None:
        """Why the pair cannot meet in this slot at any table (None: the slot is fine)."""
        if pair.session_id is not None and slot.session_id != pair.session_id:
            wanted = next((s.session for s in self.slots if s.session_id == pair.session_id), "")
            return f"the request is limited to session {wanted!r}" if wanted else (
                "the request is limited to another session")  # fmt: skip
        for p in (pair.a, pair.b):
            if any(s < slot.ends_at and slot.starts_at < e for s, e in self.unavailable.get(p, [])):
                return f"{self.name(p)} is not available at this time"
        for p in (pair.a, pair.b):
            other = self.busy.get((p, slot.id))
            if other is not None and other not in pair.ignore:
                return f"{self.name(p)} has another meeting in this slot{self._where(other)}"
        for p in (pair.a, pair.b) if caps else ():
            cap = self.caps.get(p)
            if cap is not None and self.per_session.get((p, slot.session_id), 0) >= cap:
                return (f"{self.name(p)} has reached the cap of {cap} meetings in session "
                        f"{slot.session!r}")  # fmt: skip
        return None

    def table_reason(self, pair: Pair, table: int) -> str | None:
        """Why the pair cannot use this table at all (host tables)."""
        want = self.fixed_table.get(pair.a, self.fixed_table.get(pair.b))
        label = self.label
        if want is not None and table != want:
            host = pair.a if pair.a in self.fixed_table else pair.b
            return f"{self.name(host)} meets only at their own table {label.get(want, want)}"
        if want is None and table in self.host_tables:
            hosts = sorted(self.name(p) for p, t in self.fixed_table.items() if t == table)
            return f"table {label.get(table, table)} is reserved for {', '.join(hosts)}"
        return None

    def cell_reason(self, pair: Pair, slot_id: int, table: int) -> str | None:
        slot = self.slot_by_id.get(slot_id)
        if slot is None:
            return "this slot no longer exists"
        if table not in self.label:
            return "this table no longer exists"
        why = self.slot_reason(pair, slot) or self.table_reason(pair, table)
        if why:
            return why
        other = self.cells.get((slot_id, table))
        if other is not None and other not in pair.ignore:
            return f"table {self.label[table]} is taken in this slot by {self._who(other)}"
        return None

    def feasibility(self, pair: Pair) -> Feasibility:
        """Every cell's verdict for the pair, kept compact: reasons per slot, per table, per
        occupied cell."""
        slot_why = {s.id: r for s in self.slots if (r := self.slot_reason(pair, s))}
        table_why = {t: r for t, _ in self.tables if (r := self.table_reason(pair, t))}
        cell_why = {
            c: f"table {self.label.get(c[1], c[1])} is taken by {self._who(m)}"
            for c, m in self.cells.items()
            if m not in pair.ignore
        }  # fmt: skip
        order = [(s.id, t) for s in self.slots for t, _ in self.tables]
        return Feasibility(slot_why, table_why, cell_why, order)

    def move_feasibility(self, pair: Pair, meeting_id: int) -> Feasibility:
        """Where a placed meeting may go: free cells as for :meth:`feasibility`; an occupied
        cell is allowed when the two meetings can swap places."""
        base = self.feasibility(pair)
        src = self.meetings.get(meeting_id)
        if src is None or src.table is None:
            return base
        cells = dict(base.cells)
        for (slot, table), other in self.cells.items():
            if other != meeting_id:
                cells[(slot, table)] = self.swap_reason(pair, meeting_id, other)
        return Feasibility(base.slots, base.tables, cells, base.order)

    def swap_reason(self, pair: Pair, first: int, second: int) -> str:
        """Why the meetings cannot exchange cells ("" when they can). Caps are left to the
        change itself, which checks them exactly."""
        one, two = self.meetings[first], self.meetings[second]
        if two.status != "scheduled" or two.table is None:
            return f"the meeting there ({self._who(second)}) has taken place"
        both = frozenset({first, second})
        p1 = Pair(pair.a, pair.b, pair.session_id, both)
        p2 = Pair(two.a, two.b, two.session_id, both)
        for who, mine, slot, table in ((p1, first, two.slot, two.table),
                                       (p2, second, one.slot, one.table)):  # fmt: skip
            why = self.slot_reason(who, self.slot_by_id[slot], caps=False) or self.table_reason(
                who, table or -1)  # fmt: skip
            if why:
                return why if mine == first else f"swap: {self._who(second)} cannot move: {why}"
        return ""

    def unplaced_reason(self, pair: Pair) -> str:
        """Why a request has no meeting now, in the scheduler's words."""
        common = [s for s in self.slots if not self._fixed_reason(pair, s)]
        if not common:
            return REASON_NO_COMMON_SLOT
        free = [s for s in common if not any(
            (p, s.id) in self.busy and self.busy[(p, s.id)] not in pair.ignore
            for p in (pair.a, pair.b))]  # fmt: skip
        if not free:
            return REASON_NOT_PLACED
        under_cap = [s for s in free if self.slot_reason(pair, s) is None]
        if not under_cap:
            return REASON_CAP
        tables = [t for t, _ in self.tables if self.table_reason(pair, t) is None]
        if not any((s.id, t) not in self.cells for s in under_cap for t in tables):
            return REASON_NO_TABLE
        return REASON_NOT_YET

    def _fixed_reason(self, pair: Pair, slot: SlotRow) -> bool:
        """The slot is ruled out by things no move can change (session, availability)."""
        if pair.session_id is not None and slot.session_id != pair.session_id:
            return True
        return any(
            s < slot.ends_at and slot.starts_at < e
            for p in (pair.a, pair.b)
            for s, e in self.unavailable.get(p, [])
        )

    def _who(self, meeting_id: int) -> str:
        a, b = self.meetings[meeting_id][:2]
        return f"{self.name(a)} — {self.name(b)}"

    def _where(self, meeting_id: int) -> str:
        table = self.meetings[meeting_id].table
        return f" (table {self.label.get(table, '?')})" if table is not None else ""


@dataclass(frozen=True)
class Feasibility:
    """Where a meeting may go: ``reason(slot, table)`` is None for an allowed (green) cell."""

    slots: dict[int, str]
    tables: dict[int, str]
    cells: dict[Cell, str]
    order: list[Cell]  # every cell in time order, then table order

    def reason(self, slot_id: int, table_id: int) -> str | None:
        """None when allowed. An occupied cell's own verdict (a swap: "" allowed) comes first."""
        cell = self.cells.get((slot_id, table_id))
        if cell is not None:
            return cell or None
        return self.slots.get(slot_id) or self.tables.get(table_id)

    def allowed(self, slot_id: int, table_id: int) -> bool:
        return self.reason(slot_id, table_id) is None

    def first_allowed(self) -> Cell | None:
        return next((c for c in self.order if self.reason(*c) is None), None)


def load_state(s: Session) -> BoardState:
    """The board as the database has it now (inside the caller's transaction)."""
    slots = [
        SlotRow(r.id, r.session_id, r.name, r.starts_at, r.ends_at)
        for r in s.execute(
            select(Slot.id, Slot.session_id, B2BSession.name, Slot.starts_at, Slot.ends_at)
            .join(B2BSession, Slot.session_id == B2BSession.id)
            .order_by(Slot.starts_at, Slot.id)
        )
    ]  # fmt: skip
    tables = [(r.id, r.label) for r in s.execute(
        select(MeetingTable.id, MeetingTable.label).order_by(MeetingTable.position, MeetingTable.id)
    )]  # fmt: skip
    names: dict[int, str] = {}
    fixed: dict[int, int] = {}
    caps: dict[int, int] = {}
    for p in s.execute(select(Participant.id, Participant.first_name, Participant.last_name,
                              Participant.fixed_table_id, Participant.max_meetings_per_session)):  # fmt: skip
        names[p.id] = f"{p.first_name} {p.last_name}".strip()
        if p.fixed_table_id is not None:
            fixed[p.id] = p.fixed_table_id
        if p.max_meetings_per_session is not None:
            caps[p.id] = p.max_meetings_per_session
    unavailable: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for u in s.execute(select(Unavailability.participant_id, Unavailability.starts_at,
                              Unavailability.ends_at)):  # fmt: skip
        unavailable[u.participant_id].append((u.starts_at, u.ends_at))
    board = BoardState(slots, tables, names, fixed, caps, dict(unavailable))
    slot_session = {x.id: x.session_id for x in slots}
    for m in s.execute(select(Meeting.id, Meeting.participant_a_id, Meeting.participant_b_id,
                              Meeting.slot_id, Meeting.table_id, MeetingRequest.session_id,
                              Meeting.status)
                       .outerjoin(MeetingRequest, Meeting.request_id == MeetingRequest.id)
                       .where(Meeting.status.in_(ACTIVE))):  # fmt: skip
        board.meetings[m.id] = Placed(m.participant_a_id, m.participant_b_id, m.slot_id,
                                      m.table_id, m.session_id, m.status)  # fmt: skip
        if m.table_id is not None:
            board.cells[(m.slot_id, m.table_id)] = m.id
        for p in (m.participant_a_id, m.participant_b_id):
            board.busy[(p, m.slot_id)] = m.id
            key = (p, slot_session[m.slot_id])
            board.per_session[key] = board.per_session.get(key, 0) + 1
    return board
