"""The meeting plan as the database has it, read once: slots, tables, people, their unavailability,
the requests and the meetings, as plain rows of ids and text (no ORM objects, no per-row date
parsing: a meeting refers to its slot by id). Everything that lists or checks the whole plan —
``meetings --json``, the Meetings page's grid, the scheduler's problem, the reasons of the
unscheduled requests — is worked out from one snapshot, so a 5,000-person event with 40,000
meetings is read in a few hundred milliseconds.

:func:`split_requests` is the one place that decides which accepted requests are kept (they have an
active meeting), open (waiting to be placed) or left out, and why."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from itertools import repeat
from typing import Any, NamedTuple

from sqlalchemy import func, select

from clusterdesk.services.events import event_info
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    ACTIVE_MEETING_STATUSES,
    REGISTRATION_ACTIVE,
    B2BSession,
    Meeting,
    MeetingRequest,
    MeetingTable,
    Organization,
    Participant,
    Slot,
    Unavailability,
)

REASON_CANCELLED_ON_SITE = "meeting cancelled"
REASON_REGISTRATION_CANCELLED = "registration cancelled"


class SlotRow(NamedTuple):
    id: int
    session_id: int
    session: str
    starts_at: datetime  # UTC
    ends_at: datetime


class TableRow(NamedTuple):
    id: int
    label: str
    zone: str


class PersonRow(NamedTuple):
    id: int
    first_name: str
    last_name: str
    email: str
    country: str
    organization: str
    status: str
    fixed_table_id: int | None
    max_meetings_per_session: int | None


class AwayRow(NamedTuple):
    participant_id: int
    starts_at: datetime
    ends_at: datetime


class RequestRow(NamedTuple):
    id: int
    requester_id: int
    target_id: int
    status: str
    priority: int
    session_id: int | None


class MeetingData(NamedTuple):
    id: int
    request_id: int | None
    slot_id: int
    table_id: int | None
    a: int
    b: int
    status: str
    locked: bool
    absent: str
    rating: str


@dataclass(frozen=True)
class Snapshot:
    tz: tzinfo
    slots: list[SlotRow]  # in time order
    tables: list[TableRow]  # in display order
    people: list[PersonRow]  # in id order
    away: list[AwayRow]
    requests: list[RequestRow]  # in id order ([] when not asked for)
    meetings: list[MeetingData]  # by slot time, table position, id (as the plan is listed)


_SLOTS = (
    select(Slot.id, Slot.session_id, B2BSession.name, Slot.starts_at, Slot.ends_at)
    .join(B2BSession, Slot.session_id == B2BSession.id)
    .order_by(Slot.starts_at, Slot.id)
)
_TABLES = select(MeetingTable.id, MeetingTable.label, MeetingTable.zone).order_by(
    MeetingTable.position, MeetingTable.id
)
_PEOPLE = (
    select(
        Participant.id,
        Participant.first_name,
        Participant.last_name,
        Participant.email,
        Participant.country,
        func.coalesce(Organization.name, ""),
        Participant.status,
        Participant.fixed_table_id,
        Participant.max_meetings_per_session,
    )
    .outerjoin(Organization, Participant.organization_id == Organization.id)
    .order_by(Participant.id)
)
_AWAY = select(Unavailability.participant_id, Unavailability.starts_at, Unavailability.ends_at)
_REQUESTS = select(
    MeetingRequest.id,
    MeetingRequest.requester_id,
    MeetingRequest.target_id,
    MeetingRequest.status,
    MeetingRequest.priority,
    MeetingRequest.session_id,
).order_by(MeetingRequest.id)
_MEETINGS = (
    select(
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
    .join(Slot, Meeting.slot_id == Slot.id)
    .outerjoin(MeetingTable, Meeting.table_id == MeetingTable.id)
    .order_by(Slot.starts_at, MeetingTable.position, Meeting.id)
)


def _rows(s: Any, query: Any, kind: Any) -> list[Any]:
    # Core execution on the session's connection: rows come back as plain tuples, without the
    # ORM's per-row loading machinery.
    return as_rows(kind, s.connection().execute(query).all())


def _driver_rows(s: Any, query: Any, kind: Any, flag: int | None = None) -> list[Any]:
    """The rows of a query without parameters and without typed columns (ints and text) read
    through the database driver's own cursor: SQLAlchemy's result rows cost more than the
    query itself at 50,000 rows (measured: 40,000 meetings 225 -> 135 ms). ``flag``: the
    position of a boolean column, made ``bool`` where the driver gives 0/1 (SQLite)."""
    conn = s.connection()
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(str(query.compile(dialect=conn.dialect)))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    if flag is not None and rows and not isinstance(rows[0][flag], bool):
        columns: list[Iterable[Any]] = list(zip(*rows, strict=True))  # column by column, in C
        columns[flag] = map(bool, columns[flag])
        return as_rows(kind, zip(*columns, strict=True))
    return as_rows(kind, rows)


def as_rows(kind: Any, rows: Iterable[Sequence[Any]]) -> list[Any]:
    """Rows of a query as the named tuple ``kind`` (its fields are the query's columns, in
    order). ``tuple.__new__`` over the rows in C, not ``kind._make`` row by row in Python:
    140,000 rows of a 5,000-person plan, 0.1 s less."""
    return list(map(tuple.__new__, repeat(kind), rows))


def read_snapshot(db: EventDB, *, requests: bool = True) -> Snapshot:
    """The plan in one read transaction (``requests=False``: without the requests, for lists
    that only show meetings)."""
    tz = event_info(db).tz
    with db.read() as s:
        return Snapshot(
            tz,
            _rows(s, _SLOTS, SlotRow),
            _rows(s, _TABLES, TableRow),
            _rows(s, _PEOPLE, PersonRow),
            _rows(s, _AWAY, AwayRow),
            _driver_rows(s, _REQUESTS, RequestRow) if requests else [],
            _driver_rows(s, _MEETINGS, MeetingData, flag=MeetingData._fields.index("locked")),
        )


@dataclass(frozen=True)
class RequestSplit:
    """What becomes of each meeting and accepted request when the plan is (re)built.

    ``kept``: the active meetings that stay, each with the request id the scheduler knows it by
    (its request's, or ``-meeting id`` for a meeting without one) and whether it stays as
    locked (locked, held, no-show or without a request) rather than as an existing placement.
    ``open``: the accepted requests to place. ``skipped``: requests left out, with the reason."""

    kept: list[tuple[int, MeetingData, bool]]
    open: list[RequestRow]
    skipped: list[tuple[RequestRow, str]]


def split_requests(
    requests: Sequence[RequestRow],
    meetings: Sequence[MeetingData],
    people: Sequence[PersonRow],
    *,
    keep_existing: bool,
    only: set[int] | None = None,
) -> RequestSplit:
    """Locked, held and no-show meetings (and any meeting without a request) are kept as locked;
    with ``keep_existing`` every scheduled meeting is kept too. A request whose meeting was
    cancelled on site is not placed again (it is reported). ``only``: place only these requests
    (the others wait and are not reported)."""
    active_people = {p.id for p in people if p.status == REGISTRATION_ACTIVE}
    kept: list[tuple[int, MeetingData, bool]] = []
    kept_ids: set[int] = set()
    covered: set[tuple[int, int]] = set()
    cancelled_requests = set()
    active = ACTIVE_MEETING_STATUSES
    for m in meetings:  # tuple unpacking, not attribute look-ups or slices: 40,000 rows
        mid, request_id, _, _, a, b, status, locked, _, _ = m
        if status == "cancelled":
            cancelled_requests.add(request_id)
            continue
        if status not in active:
            continue
        as_locked = locked or status != "scheduled" or request_id is None
        if not as_locked and not keep_existing:
            continue
        rid = request_id if request_id is not None else -mid
        kept.append((rid, m, as_locked))
        kept_ids.add(rid)
        covered.add((a, b) if a < b else (b, a))
    open_: list[RequestRow] = []
    skipped: list[tuple[RequestRow, str]] = []
    for r in requests:
        rid, a, b, status, _, _ = r
        if status != "accepted" or rid in kept_ids:
            continue
        pair = (a, b) if a < b else (b, a)
        if pair in covered:
            continue  # the two already meet (the other direction was requested too)
        if rid in cancelled_requests:
            skipped.append((r, REASON_CANCELLED_ON_SITE))
            covered.add(pair)
            continue
        if a not in active_people or b not in active_people:
            skipped.append((r, REASON_REGISTRATION_CANCELLED))
            continue
        if only is not None and rid not in only:
            continue
        covered.add(pair)
        open_.append(r)
    return RequestSplit(kept, open_, skipped)


def count_plan_breaks(days: Sequence[tuple[int, date]], meetings: Iterable[Any]) -> int:
    """Breaks as the scheduler counts them: per participant and day, the maximal runs of idle
    slots between two of their meetings. ``days``: (slot id, its event-local day) in time order;
    ``meetings``: rows laid out as :class:`MeetingData` (a board's meetings are too; active
    ones count).

    Each participant's slots are a bit mask (bit i: the i-th slot); within one day's slots the
    breaks are the runs of meetings less one."""
    bit = {slot: 1 << i for i, (slot, _) in enumerate(days)}
    busy: dict[int, int] = {}
    active = ACTIVE_MEETING_STATUSES
    # whole rows unpacked, no attribute look-ups: 40,000 meetings
    for _, _, slot, _, a, b, status, _, _, _ in meetings:
        if status in active:
            at = bit.get(slot)
            if at is not None:
                busy[a] = busy.get(a, 0) | at
                busy[b] = busy.get(b, 0) | at
    return breaks_of(busy.values(), day_masks(days))


def day_masks(days: Sequence[tuple[int, date]]) -> list[int]:
    """The slots of each day as bit masks (``days`` in time order: a day's slots are adjacent)."""
    masks: dict[date, int] = {}
    for i, (_, day) in enumerate(days):
        masks[day] = masks.get(day, 0) | 1 << i
    return list(masks.values())


def breaks_of(busy: Iterable[int], days: Sequence[int]) -> int:
    """The breaks of participants whose meetings are these bit masks (see count_plan_breaks)."""
    total = 0
    for mask in busy:
        for day in days:
            mine = mask & day
            if mine:
                runs = (mine & ~(mine << 1)).bit_count()
                total += runs - 1
    return total
