"""The meeting grid as the GUI shows it: tables × slots, the meetings in their cells, the people
in them, the accepted requests still waiting (with the reason) and the KPIs. Plain, detached data
in event-local time, loaded in a few queries (ids and tuples, no ORM objects)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cached_property
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import select

from clusterdesk.services.meetings import unscheduled_of
from clusterdesk.services.meetings_problem import UnscheduledRow
from clusterdesk.services.plan_snapshot import (
    Snapshot,
    as_rows,
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


class BoardMeeting(NamedTuple):
    """A meeting on the board (a named tuple: 40,000 of them are made per load, each in one
    C call from a snapshot row, where a frozen dataclass took ~3 µs apiece)."""

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

    # Worked out once per board (a board is never changed: an edit makes a new one); the page
    # asks for them on its worker thread (:meth:`prepared`) so the GUI thread only looks them up.
    @cached_property
    def active(self) -> list[BoardMeeting]:
        return [m for m in self.meetings if m.active]

    @property
    def scheduled(self) -> int:
        return sum(self.table_load.values())

    @property
    def requested(self) -> int:
        """Meetings wanted: the scheduled ones plus the accepted requests still waiting."""
        return self.scheduled + len(self.unplaced)

    @property
    def tables_used(self) -> int:
        return len(self.table_load) - (None in self.table_load)

    @cached_property
    def table_load(self) -> dict[int | None, int]:
        """Table id -> its active meetings (None: those without a table; a table without any is
        left out). Kept up to date by a patch, not counted again."""
        load: dict[int | None, int] = {}
        active = ACTIVE_MEETING_STATUSES
        for m in self.meetings:
            if m[6] in active:  # status
                load[m[3]] = load.get(m[3], 0) + 1  # table_id (None: no table)
        return load

    @cached_property
    def cells(self) -> dict[tuple[int, int], BoardMeeting]:
        """(table id, slot id) -> the meeting shown there; an active meeting wins a cell over a
        cancelled one."""
        cells: dict[tuple[int, int], BoardMeeting] = {}
        active = ACTIVE_MEETING_STATUSES
        for m in self.meetings:
            table = m[3]  # table_id (tuple indexes: 40,000 rows)
            if table is None:
                continue
            key = (table, m[2])
            if m[6] in active or key not in cells:
                cells[key] = m
        return cells

    @cached_property
    def cell_of(self) -> dict[int, tuple[int, int]]:
        """Meeting id -> its (table id, slot id) on the grid."""
        return {m.id: key for key, m in self.cells.items()}

    @cached_property
    def position(self) -> dict[int, int]:
        """Meeting id -> its index in ``meetings``."""
        return {m.id: i for i, m in enumerate(self.meetings)}

    @cached_property
    def of_person(self) -> dict[int, list[int]]:
        """Participant -> the indexes of their meetings in ``meetings``."""
        found: defaultdict[int, list[int]] = defaultdict(list)
        for i, m in enumerate(self.meetings):
            found[m[4]].append(i)  # a
            found[m[5]].append(i)  # b
        return dict(found)

    def prepared(self) -> Board:
        """The board with its lookups worked out (call it off the GUI thread)."""
        _ = self.table_load, self.cell_of, self.position, self.of_person
        return self

    def agenda(self, person: int) -> list[BoardMeeting]:
        """A participant's meetings in time order."""
        order = {s.id: i for i, s in enumerate(self.slots)}
        mine = [self.meetings[i] for i in self.of_person.get(person, ())]
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
    meetings = as_rows(BoardMeeting, _by_id(snap.meetings))
    unplaced = [_unplaced(u, by_email) for u in unscheduled]
    return Board(
        slots, tables, meetings, people, unplaced, count_breaks(slots, meetings)
    ).prepared()


def _by_id(rows: Sequence[Any]) -> list[Any]:
    """Rows whose first item is a unique id, in id order. Put in place by id rather than sorted
    when the ids are dense: ``sorted`` of 40,000 rows is one C call that holds the interpreter
    lock for ~30 ms (the GUI thread waits for it), a placing loop lets the GUI thread in."""
    top = max((r[0] for r in rows), default=0)
    if top > 4 * len(rows) + 1000:
        return sorted(rows, key=itemgetter(0))
    slots: list[Any] = [None] * (top + 1)
    for r in rows:
        slots[r[0]] = r
    return [r for r in slots if r is not None]


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
    return BoardMeeting._make(row)  # the columns of _MEETINGS, in the fields' order


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
    if all(m is not None for m in rows.values()) and rows.keys() <= board.position.keys():
        return _replaced(board, {i: m for i, m in rows.items() if m is not None})
    known = {m.id for m in board.meetings}
    meetings: list[BoardMeeting] = []
    for m in board.meetings:
        new = rows.get(m.id, m) if m.id in rows else m
        if new is not None:
            meetings.append(new)
    meetings += [m for i, m in rows.items() if m is not None and i not in known]
    # only the breaks of the people in the changed meetings can change
    people = {p for m in board.meetings if m.id in rows for p in (m.a, m.b)}
    people |= {p for m in rows.values() if m is not None for p in (m.a, m.b)}
    days = [(s.id, s.day) for s in board.slots]
    before = count_plan_breaks(days, (m for m in board.meetings if m.a in people or m.b in people))
    after = count_plan_breaks(days, (m for m in meetings if m.a in people or m.b in people))
    return replace(board, meetings=meetings, breaks=board.breaks - before + after).prepared()


def _replaced(board: Board, rows: dict[int, BoardMeeting]) -> Board:
    """A move, swap, lock or mark (the same meetings, some of them changed): the new board's
    lookups are the old ones with those meetings changed, not worked out again."""
    meetings = list(board.meetings)
    for mid, m in rows.items():
        meetings[board.position[mid]] = m
    people = {
        p
        for mid, m in rows.items()
        for x in (m, board.meetings[board.position[mid]])
        for p in (x.a, x.b)
    }
    days = [(s.id, s.day) for s in board.slots]
    mine = sorted({i for p in people for i in board.of_person.get(p, ())})
    before = count_plan_breaks(days, (board.meetings[i] for i in mine))
    after = count_plan_breaks(days, (meetings[i] for i in mine))
    new = replace(board, meetings=meetings, breaks=board.breaks - before + after)
    cells, cell_of = dict(board.cells), dict(board.cell_of)
    for mid in rows:
        old = cell_of.pop(mid, None)
        if old is not None and cells.get(old) is not None and cells[old].id == mid:
            del cells[old]
    for mid, m in rows.items():
        if m.table_id is not None:
            key = (m.table_id, m.slot_id)
            if key not in cells or m.active:
                if key in cells:
                    cell_of.pop(cells[key].id, None)
                cells[key] = m
                cell_of[mid] = key
    load = dict(board.table_load)
    for mid, m in rows.items():
        was = board.meetings[board.position[mid]]
        if was.active:
            load[was.table_id] -= 1
            if not load[was.table_id]:
                del load[was.table_id]
        if m.active:
            load[m.table_id] = load.get(m.table_id, 0) + 1
    # the cached lookups of the new board (functools.cached_property keeps them in __dict__)
    new.__dict__.update(
        cells=cells,
        cell_of=cell_of,
        position=board.position,
        of_person=board.of_person,
        table_load=load,
    )
    return new.prepared()


def refreshed(db: EventDB, board: Board, meeting_ids: Iterable[int]) -> Board:
    """The board after a change of some meetings: just those read again (a job for a worker)."""
    return patched(board, board_meetings(db, meeting_ids))


def count_breaks(slots: list[BoardSlot], meetings: list[BoardMeeting]) -> int:
    """Breaks as the scheduler counts them: per participant and day, the maximal runs of idle
    slots between two of their meetings."""
    return count_plan_breaks([(s.id, s.day) for s in slots], meetings)


def _unplaced(u: UnscheduledRow, by_email: dict[str, int]) -> Unplaced:
    return Unplaced(u.request_id, by_email[u.requester_email], by_email[u.target_email], u.reason)
