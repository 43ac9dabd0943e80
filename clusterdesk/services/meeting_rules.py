"""The hard rules of the meeting grid, checked against the database as it is now.

One :class:`BoardState` snapshot (slots, tables, host tables, active meetings, availability, caps)
answers the questions every on-site change asks: may this pair meet in this (slot, table) cell,
and if not, why; which cells are allowed (the GUI's red/green overlay); why is a request not
placed. The rules are the scheduler's hard constraints: one meeting per participant per slot, one
meeting per table per slot, only slots both can attend, the request's session, host tables, caps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any, NamedTuple

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from clusterdesk.core.messages import Msg, msg
from clusterdesk.scheduling.problem import (
    REASON_CAP,
    REASON_NO_COMMON_SLOT,
    REASON_NO_TABLE,
    REASON_NOT_PLACED,
)
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    B2BSession,
    Meeting,
    MeetingRequest,
    MeetingTable,
    Participant,
    Slot,
    Unavailability,
)

"""Meeting statuses that occupy their cell and their participants' time (cancelled ones don't)."""

Cell = tuple[int, int]  # (slot id, table id)
REASON_NOT_YET = "not placed yet; there is room"
Reason = Msg  # why a pair cannot meet somewhere: a code ("rule.…") and its parameters


SWAP_OK = msg("rule.swap_ok")  # an occupied cell's verdict: the two meetings can swap


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
    _away: dict[int, frozenset[int]] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def slot_by_id(self) -> dict[int, SlotRow]:
        return {s.id: s for s in self.slots}

    @cached_property
    def label(self) -> dict[int, str]:
        return dict(self.tables)

    @cached_property
    def host_tables(self) -> set[int]:
        return set(self.fixed_table.values())

    @cached_property
    def free_tables(self) -> list[int]:
        """Tables that are nobody's own table, in display order."""
        hosts = self.host_tables
        return [t for t, _ in self.tables if t not in hosts]

    @cached_property
    def free_taken(self) -> dict[int, int]:
        """Per slot, how many free (non-host) tables are taken."""
        hosts, taken = self.host_tables, dict[int, int]()
        for slot, table in self.cells:
            if table not in hosts:
                taken[slot] = taken.get(slot, 0) + 1
        return taken

    def name(self, pid: int) -> str:
        return self.names.get(pid, f"participant {pid}")

    def without(self, meeting_ids: Iterable[int]) -> BoardState:
        """The same board with some meetings taken off (a move or swap checks against this)."""
        drop = set(meeting_ids) & set(self.meetings)
        if not drop:
            return self
        slot_session = {s.id: s.session_id for s in self.slots}
        board = BoardState(
            self.slots, self.tables, self.names, self.fixed_table, self.caps, self.unavailable
        )
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
    def slot_reason(self, pair: Pair, slot: SlotRow, *, caps: bool = True) -> Reason | None:
        """Why the pair cannot meet in this slot at any table (None: the slot is fine)."""
        if pair.session_id is not None and slot.session_id != pair.session_id:
            wanted = next((s.session for s in self.slots if s.session_id == pair.session_id), "")
            if wanted:
                return msg("rule.session_only", session=wanted)
            return msg("rule.other_session_only")
        for p in (pair.a, pair.b):
            if any(s < slot.ends_at and slot.starts_at < e for s, e in self.unavailable.get(p, [])):
                return msg("rule.unavailable", name=self.name(p))
        for p in (pair.a, pair.b):
            other = self.busy.get((p, slot.id))
            if other is not None and other not in pair.ignore:
                table = self.meetings[other].table if other in self.meetings else None
                if table is None:
                    return msg("rule.busy", name=self.name(p))
                return msg("rule.busy_at", name=self.name(p), table=self.label.get(table, "?"))
        for p in (pair.a, pair.b) if caps else ():
            cap = self.caps.get(p)
            if cap is not None and self.per_session.get((p, slot.session_id), 0) >= cap:
                return msg("rule.cap", name=self.name(p), n=cap, session=slot.session)
        return None

    def table_reason(self, pair: Pair, table: int) -> Reason | None:
        """Why the pair cannot use this table at all (host tables)."""
        want = self.fixed_table.get(pair.a, self.fixed_table.get(pair.b))
        label = self.label
        if want is not None and table != want:
            host = pair.a if pair.a in self.fixed_table else pair.b
            return msg("rule.own_table", name=self.name(host), table=label.get(want, str(want)))
        if want is None and table in self.host_tables:
            hosts = sorted(self.name(p) for p, t in self.fixed_table.items() if t == table)
            return msg("rule.reserved", table=label.get(table, str(table)), names=", ".join(hosts))
        return None

    def cell_reason(self, pair: Pair, slot_id: int, table: int) -> Reason | None:
        slot = self.slot_by_id.get(slot_id)
        if slot is None:
            return msg("rule.slot_gone")
        if table not in self.label:
            return msg("rule.table_gone")
        why = self.slot_reason(pair, slot) or self.table_reason(pair, table)
        if why:
            return why
        other = self.cells.get((slot_id, table))
        if other is not None and other not in pair.ignore:
            return msg("rule.taken_in_slot", table=self.label[table], who=self._who(other))
        return None

    def feasibility(self, pair: Pair) -> Feasibility:
        """Every cell's verdict for the pair: reasons per slot and per table up front, occupied
        cells worked out when asked (a big grid asks only for the cells it shows)."""
        slot_why = {s.id: r for s in self.slots if (r := self.slot_reason(pair, s))}
        table_why = {t: r for t, _ in self.tables if (r := self.table_reason(pair, t))}

        def occupied(cell: Cell) -> Reason | None:
            other = self.cells.get(cell)
            if other is None or other in pair.ignore:
                return None
            return msg(
                "rule.taken", table=self.label.get(cell[1], str(cell[1])), who=self._who(other)
            )

        return Feasibility(
            slot_why, table_why, [s.id for s in self.slots], [t for t, _ in self.tables], occupied
        )

    def move_feasibility(self, pair: Pair, meeting_id: int) -> Feasibility:
        """Where a placed meeting may go: free cells as for :meth:`feasibility`; an occupied
        cell is allowed when the two meetings can swap places."""
        base = self.feasibility(pair)
        src = self.meetings.get(meeting_id)
        if src is None or src.table is None:
            return base

        def occupied(cell: Cell) -> Reason | None:
            other = self.cells.get(cell)
            if other is None or other == meeting_id:
                return None
            return self.swap_reason(pair, meeting_id, other) or SWAP_OK

        return Feasibility(base.slots, base.tables, base.slot_order, base.table_order, occupied)

    def swap_reason(self, pair: Pair, first: int, second: int) -> Reason | None:
        """Why the meetings cannot exchange cells (None when they can). Caps are left to the
        change itself, which checks them exactly."""
        one, two = self.meetings[first], self.meetings[second]
        if two.status != "scheduled" or two.table is None:
            return msg("rule.meeting_there_done", who=self._who(second))
        both = frozenset({first, second})
        p1 = Pair(pair.a, pair.b, pair.session_id, both)
        p2 = Pair(two.a, two.b, two.session_id, both)
        for who, mine, slot, table in (
            (p1, first, two.slot, two.table),
            (p2, second, one.slot, one.table),
        ):
            why = self.slot_reason(who, self.slot_by_id[slot], caps=False) or self.table_reason(
                who, table or -1
            )
            if why:
                return (
                    why
                    if mine == first
                    else msg("rule.other_cannot_move", who=self._who(second), why=why)
                )
        return None

    def unplaced_reason(self, pair: Pair) -> str:
        """Why a request has no meeting now, in the scheduler's words."""
        ids = [s.id for s in self.slots]
        busy = self.busy
        mine = [{i: busy[(p, i)] for i in ids if (p, i) in busy} for p in (pair.a, pair.b)]
        return self._unplaced(pair, mine[0], mine[1])

    def _unplaced(self, pair: Pair, busy_a: dict[int, int], busy_b: dict[int, int]) -> str:
        """``busy_a``/``busy_b``: the two people's meetings by slot."""
        away_a, away_b = self._away_slots(pair.a), self._away_slots(pair.b)
        common = [
            s
            for s in self.slots
            if (pair.session_id is None or s.session_id == pair.session_id)
            and s.id not in away_a
            and s.id not in away_b
        ]
        if not common:
            return REASON_NO_COMMON_SLOT
        ignore = pair.ignore
        if ignore:
            busy_a = {k: v for k, v in busy_a.items() if v not in ignore}
            busy_b = {k: v for k, v in busy_b.items() if v not in ignore}
        free = [s for s in common if s.id not in busy_a and s.id not in busy_b]
        if not free:
            return REASON_NOT_PLACED
        # a free common slot passes every rule of slot_reason but the caps
        cap_a, cap_b = self.caps.get(pair.a), self.caps.get(pair.b)
        under_cap = [
            s
            for s in free
            if (cap_a is None or self.per_session.get((pair.a, s.session_id), 0) < cap_a)
            and (cap_b is None or self.per_session.get((pair.b, s.session_id), 0) < cap_b)
        ]
        if not under_cap:
            return REASON_CAP
        want = self.fixed_table.get(pair.a, self.fixed_table.get(pair.b))
        if want is not None:
            has_table = any((s.id, want) not in self.cells for s in under_cap)
        else:
            taken, room = self.free_taken, len(self.free_tables)
            has_table = any(taken.get(s.id, 0) < room for s in under_cap)
        if not has_table:
            return REASON_NO_TABLE
        return REASON_NOT_YET

    def _away_slots(self, person: int) -> frozenset[int]:
        """The slots a participant's unavailability overlaps (worked out once per person)."""
        found = self._away.get(person)
        if found is None:
            ranges = self.unavailable.get(person)
            if not ranges:
                return frozenset()
            found = frozenset(
                slot.id
                for slot in self.slots
                if any(s < slot.ends_at and slot.starts_at < e for s, e in ranges)
            )
            self._away[person] = found
        return found

    def _who(self, meeting_id: int) -> str:
        a, b = self.meetings[meeting_id][:2]
        return f"{self.name(a)} — {self.name(b)}"


@dataclass(frozen=True)
class Feasibility:
    """Where a meeting may go: ``reason(slot, table)`` is None for an allowed (green) cell.

    Reasons that concern a whole slot or a whole table are computed at once; the verdict of an
    occupied cell (taken, or: can the two swap) is computed on demand by ``occupied`` and kept.
    """

    slots: dict[int, Reason]
    tables: dict[int, Reason]
    slot_order: list[int] = field(default_factory=list)
    table_order: list[int] = field(default_factory=list)
    occupied: Callable[[Cell], Reason | None] | None = None  # None: the cell is free
    cells: dict[Cell, Reason | None] = field(default_factory=dict)  # occupied verdicts so far

    def reason(self, slot_id: int, table_id: int) -> Reason | None:
        """None when allowed. An occupied cell's own verdict (a swap: SWAP_OK) comes first."""
        key = (slot_id, table_id)
        if self.occupied is not None:
            if key not in self.cells:
                self.cells[key] = self.occupied(key)
            verdict = self.cells[key]
            if verdict is not None:
                return None if verdict is SWAP_OK else verdict
        return self.slots.get(slot_id) or self.tables.get(table_id)

    def allowed(self, slot_id: int, table_id: int) -> bool:
        return self.reason(slot_id, table_id) is None

    def first_allowed(self) -> Cell | None:
        """The first allowed cell in time order, then table order (quick-schedule)."""
        for slot in self.slot_order:
            if slot in self.slots:
                continue
            for table in self.table_order:
                if self.reason(slot, table) is None:
                    return (slot, table)
        return None


def load_state(
    s: Session, *, people: Iterable[int] | None = None, slots: Iterable[int] | None = None
) -> BoardState:
    """The board as the database has it now (inside the caller's transaction).

    With ``people`` and ``slots``, only what a check of those people in those slots needs is
    loaded (their meetings and availability, the cells of those slots): a change on a grid of
    1,000 tables × 48 slots then holds the write lock for milliseconds, not seconds."""
    s.flush()  # the caller's pending changes first, as the session's own queries would
    connection = s.connection()

    def run(query: Any) -> Sequence[Any]:  # Core rows, fetched at once: no ORM per-row loading
        return connection.execute(query).all()

    restricted = people is not None
    who, where = sorted(set(people or ())), sorted(set(slots or ()))
    slot_rows = [
        SlotRow(*r)
        for r in run(
            select(Slot.id, Slot.session_id, B2BSession.name, Slot.starts_at, Slot.ends_at)
            .join(B2BSession, Slot.session_id == B2BSession.id)
            .order_by(Slot.starts_at, Slot.id)
        )
    ]
    tables: list[tuple[int, str]] = [
        (table_id, label)
        for table_id, label in run(
            select(MeetingTable.id, MeetingTable.label).order_by(
                MeetingTable.position, MeetingTable.id
            )
        )
    ]
    names: dict[int, str] = {}
    fixed: dict[int, int] = {}
    caps: dict[int, int] = {}
    persons = select(
        Participant.id,
        Participant.first_name,
        Participant.last_name,
        Participant.fixed_table_id,
        Participant.max_meetings_per_session,
    )
    for pid, first, last, table, cap in run(persons):
        names[pid] = f"{first} {last}".strip()
        if table is not None:
            fixed[pid] = table
        if cap is not None:
            caps[pid] = cap
    unavailable: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    away = select(Unavailability.participant_id, Unavailability.starts_at, Unavailability.ends_at)
    active = (
        select(
            Meeting.id,
            Meeting.participant_a_id,
            Meeting.participant_b_id,
            Meeting.slot_id,
            Meeting.table_id,
            MeetingRequest.session_id,
            Meeting.status,
        )
        .outerjoin(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .where(Meeting.status.in_(ACTIVE_MEETING_STATUSES))
    )
    if restricted:
        away = away.where(Unavailability.participant_id.in_(who))
        active = active.where(
            or_(
                Meeting.participant_a_id.in_(who),
                Meeting.participant_b_id.in_(who),
                Meeting.slot_id.in_(where),
            )
        )
    for pid, starts, ends in run(away):
        unavailable[pid].append((starts, ends))
    board = BoardState(slot_rows, tables, names, fixed, caps, dict(unavailable))
    _place(board, run(active))
    return board


def _place(board: BoardState, rows: Iterable[Any]) -> None:
    """Put active meetings (id, a, b, slot, table, request's session, status) on the board."""
    slot_session = {x.id: x.session_id for x in board.slots}
    cells, busy, per_session, meetings = board.cells, board.busy, board.per_session, board.meetings
    for mid, a, b, slot, table, session_id, status in rows:
        meetings[mid] = Placed(a, b, slot, table, session_id, status)
        if table is not None:
            cells[(slot, table)] = mid
        session = slot_session[slot]
        for p in (a, b):
            busy[(p, slot)] = mid
            key = (p, session)
            per_session[key] = per_session.get(key, 0) + 1
